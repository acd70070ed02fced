#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
#
# Fails (exit 1) when src-gen/ is not exactly what EMF generates from the model bundle's
# current genmodel, when plugin.properties lacks a key the generated code uses, or when a
# generated item provider has no object icon in icons/full/obj16.
set -e
. "$(cd "$(dirname "$0")" && pwd)/generator-classpath.sh"
OUT=$(mktemp -d)
generate_into "$OUT/project"
status=0
diff -r "$OUT/project/src-gen" "$BUNDLE_DIR/src-gen" || status=1
for key in $(grep -o '^_UI_[A-Za-z_]*' "$OUT/project/plugin.properties"); do
    grep -q "^$key *=" "$BUNDLE_DIR/plugin.properties" || { echo "plugin.properties lacks $key" >&2; status=1; }
done
for icon in "$OUT"/project/icons/full/obj16/*.gif; do
    [ -f "$BUNDLE_DIR/icons/full/obj16/$(basename "$icon")" ] || { echo "no icon $(basename "$icon"): add it to DrawIcons.java" >&2; status=1; }
done
rm -rf "$OUT" "$GEN_CLASSES"
if [ $status -ne 0 ]; then
    echo "src-gen/ is stale: run tools/regenerate.sh" >&2
else
    echo "src-gen/ is up to date"
fi
exit $status
