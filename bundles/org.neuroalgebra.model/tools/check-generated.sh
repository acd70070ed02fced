#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
#
# Fails (exit 1) when src-gen/ is not exactly what EMF generates from the current genmodel,
# i.e. when someone edited generated code or forgot to regenerate after changing the model.
set -e
. "$(cd "$(dirname "$0")" && pwd)/generator-classpath.sh"
OUT=$(mktemp -d)
generate_into "$OUT/project"
status=0
diff -r "$OUT/project/src-gen" "$BUNDLE_DIR/src-gen" || status=1
rm -rf "$OUT" "$GEN_CLASSES"
if [ $status -ne 0 ]; then
    echo "src-gen/ is stale: run tools/regenerate.sh" >&2
else
    echo "src-gen/ is up to date"
fi
exit $status
