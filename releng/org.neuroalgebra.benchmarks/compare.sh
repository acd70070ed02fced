#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# The benchmark table: every problem through Neuroalgebra (in-process and as the headless
# product), Macaulay2 over ZZ/32003 and phc -b, answers checked against each other, printed as
# Markdown (with --out FILE also written there, charts in images/ beside it).
#   releng/org.neuroalgebra.benchmarks/compare.sh --quick
#   releng/org.neuroalgebra.benchmarks/compare.sh --out docs/benchmarks.md
#   releng/org.neuroalgebra.benchmarks/compare.sh --only rank1,katsura --timeout 120
# Installs the Debian packages macaulay2 and phcpack when missing (as root); without them the
# table says "not installed". Builds the product and the benchmarks jar when missing.
set -e
cd "$(dirname "$0")/../.."
. releng/scripts/environment.sh
if ! command -v M2 >/dev/null || ! command -v phc >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        ensure_packages macaulay2 phcpack || echo "compare: could not install macaulay2 and phcpack; continuing without" >&2
    else
        echo "compare: M2 or phc missing (apt-get install macaulay2 phcpack as root); continuing without" >&2
    fi
fi
product=releng/org.neuroalgebra.repository/target/products/neuroalgebra/linux/gtk/x86_64/neuroalgebra/neuroalgebra
jar=releng/org.neuroalgebra.benchmarks/target/benchmarks.jar
# newer_sources FILE [FIND-TESTS]: is any source of the build newer than FILE (as ./run-main-job decides)?
newer_sources() {
    file=$1
    shift
    [ -n "$(find pom.xml targetplatform bundles features releng -newer "$file" -type f \
        -not -path '*/target/*' -not -path '*/bin/*' -not -path '*/lib/*' "$@" 2>/dev/null | head -n 1)" ]
}
if [ ! -x "$product" ] || newer_sources "$product" -not -path 'releng/org.neuroalgebra.benchmarks/*'; then
    # The product and the jar must be the code being measured, not an older build.
    echo "compare: building the headless product and the benchmarks (tests skipped) ..." >&2
    ./mvnw -B -ntp -q clean verify -DskipTests >&2
elif [ ! -f "$jar" ] || newer_sources "$jar"; then
    echo "compare: building the benchmarks jar ..." >&2
    ./mvnw -B -ntp -q -pl releng/org.neuroalgebra.benchmarks -am package -DskipTests >&2
fi
exec "$JAVA_HOME/bin/java" -Djava.awt.headless=true -Dcompare.product="$product" -Dcompare.jar="$jar" \
    -Dcompare.command="releng/org.neuroalgebra.benchmarks/compare.sh $*" \
    -cp "$jar" org.neuroalgebra.benchmarks.Compare "$@"
