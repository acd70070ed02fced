#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
#
# Sourced by regenerate.sh and check-generated.sh: fetches EMF's code generator and what it
# needs to run outside Eclipse (JDT for import management, a few runtime bundles as plain
# jars) from Maven Central into the local repository, compiles the generator driver and sets
# GEN_CP, JAVA_BIN and GEN_CLASSES. Versions are pinned so that the generated code does not
# drift. The edit bundle's tools source this same file with GENERATOR=GenerateEdit, so model
# and edit code always come from one generator.

TOOLS_DIR=$(cd "$(dirname "$0")" && pwd)
BUNDLE_DIR=$(dirname "$TOOLS_DIR")
GENERATOR=${GENERATOR:-GenerateModel}
GENMODEL=${GENMODEL:-$BUNDLE_DIR/model/neuroalgebra.genmodel}
M2=${M2_REPO:-$HOME/.m2/repository}
JAVA_BIN=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin

ARTIFACTS="
org.eclipse.emf:org.eclipse.emf.codegen.ecore:2.46.0
org.eclipse.emf:org.eclipse.emf.codegen:2.28.0
org.eclipse.emf:org.eclipse.emf.ecore:2.43.0
org.eclipse.emf:org.eclipse.emf.common:2.46.0
org.eclipse.emf:org.eclipse.emf.ecore.xmi:2.41.0
org.eclipse.jdt:org.eclipse.jdt.core:3.44.0
org.eclipse.jdt:ecj:3.44.0
org.eclipse.platform:org.eclipse.equinox.common:3.21.0
org.eclipse.platform:org.eclipse.core.runtime:3.35.0
org.eclipse.platform:org.eclipse.osgi:3.24.300
org.eclipse.platform:org.eclipse.equinox.preferences:3.12.100
org.osgi:org.osgi.service.prefs:1.1.2
org.eclipse.platform:org.eclipse.core.jobs:3.15.900
org.eclipse.platform:org.eclipse.core.resources:3.24.100
org.eclipse.platform:org.eclipse.core.filesystem:1.11.500
org.eclipse.platform:org.eclipse.core.contenttype:3.9.900
org.eclipse.platform:org.eclipse.text:3.14.800
"

GEN_CP=
for gav in $ARTIFACTS; do
    group=$(echo "$gav" | cut -d: -f1)
    artifact=$(echo "$gav" | cut -d: -f2)
    version=$(echo "$gav" | cut -d: -f3)
    jar="$M2/$(echo "$group" | tr . /)/$artifact/$version/$artifact-$version.jar"
    if [ ! -f "$jar" ]; then
        # Run outside the project: dependency:get needs no pom.
        (cd "${TMPDIR:-/tmp}" && mvn -q dependency:get -Dmaven.repo.local="$M2" -Dtransitive=false -Dartifact="$gav") || exit 1
    fi
    GEN_CP="$GEN_CP${GEN_CP:+:}$jar"
done

GEN_CLASSES=$(mktemp -d)
"$JAVA_BIN/javac" -nowarn -d "$GEN_CLASSES" -cp "$GEN_CP" "$TOOLS_DIR/$GENERATOR.java" || exit 1
GEN_CP="$GEN_CLASSES:$GEN_CP"

# Generates into a fresh directory $1 (so EMF never merges into stale files).
generate_into() {
    "$JAVA_BIN/java" -cp "$GEN_CP" "$GENERATOR" "$GENMODEL" "$1" > "$1.log" 2>&1 \
        || { cat "$1.log" >&2; exit 1; }
}
