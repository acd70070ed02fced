#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
#
# Regenerates src-gen/ from model/neuroalgebra.genmodel with EMF's generator, standalone.
# Hand-written code lives in src/ and is never touched.
set -e
. "$(cd "$(dirname "$0")" && pwd)/generator-classpath.sh"
OUT=$(mktemp -d)
generate_into "$OUT/project"
rm -rf "$BUNDLE_DIR/src-gen"
cp -r "$OUT/project/src-gen" "$BUNDLE_DIR/src-gen"
rm -rf "$OUT" "$GEN_CLASSES"
echo "regenerated $BUNDLE_DIR/src-gen"
