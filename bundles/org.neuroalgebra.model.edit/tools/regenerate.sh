#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
#
# Regenerates src-gen/ (item providers) and icons/full/ctool16 (EMF's create-child icons) from
# the model bundle's genmodel with EMF's generator, standalone. Hand-written code (src/),
# plugin.xml, plugin.properties and the object icons icons/full/obj16 (drawn by draw-icons.sh)
# are never touched; after adding a class to the model, add its icon to DrawIcons.java and
# its new _UI_ keys to plugin.properties (check-generated.sh lists missing keys).
set -e
. "$(cd "$(dirname "$0")" && pwd)/generator-classpath.sh"
OUT=$(mktemp -d)
generate_into "$OUT/project"
rm -rf "$BUNDLE_DIR/src-gen" "$BUNDLE_DIR/icons/full/ctool16"
cp -r "$OUT/project/src-gen" "$BUNDLE_DIR/src-gen"
mkdir -p "$BUNDLE_DIR/icons/full"
cp -r "$OUT/project/icons/full/ctool16" "$BUNDLE_DIR/icons/full/ctool16"
rm -rf "$OUT" "$GEN_CLASSES"
echo "regenerated $BUNDLE_DIR/src-gen and icons/full/ctool16"
