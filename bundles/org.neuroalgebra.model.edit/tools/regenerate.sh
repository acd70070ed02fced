#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
#
# Regenerates src-gen/ (item providers) and icons/ from the model bundle's genmodel with EMF's
# generator, standalone. Hand-written code (src/), plugin.xml and plugin.properties are never
# touched; after adding a class to the model, copy its new _UI_ keys from the log's project
# directory into plugin.properties.
set -e
. "$(cd "$(dirname "$0")" && pwd)/generator-classpath.sh"
OUT=$(mktemp -d)
generate_into "$OUT/project"
rm -rf "$BUNDLE_DIR/src-gen" "$BUNDLE_DIR/icons"
cp -r "$OUT/project/src-gen" "$BUNDLE_DIR/src-gen"
cp -r "$OUT/project/icons" "$BUNDLE_DIR/icons"
rm -rf "$OUT" "$GEN_CLASSES"
echo "regenerated $BUNDLE_DIR/src-gen and icons/"
