#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
#
# Sourced by regenerate.sh and check-generated.sh: the model bundle's pinned EMF generator class
# path, running GenerateEdit on the model bundle's genmodel. Sets GEN_CP, JAVA_BIN, BUNDLE_DIR,
# GENMODEL and GEN_CLASSES, and defines generate_into DIR.

GENERATOR=GenerateEdit
GENMODEL="$(cd "$(dirname "$0")/../.." && pwd)/org.neuroalgebra.model/model/neuroalgebra.genmodel"
. "$(cd "$(dirname "$0")/../.." && pwd)/org.neuroalgebra.model/tools/generator-classpath.sh"
