#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Neuroalgebra against Macaulay2 and PHCpack on the same ED-degree problem, printing ratios.
# Not a test: it needs the Debian packages macaulay2 and phcpack (installed when run as root).
set -e
cd "$(dirname "$0")/../.."
. releng/scripts/environment.sh
if [ "$(id -u)" = 0 ]; then ensure_packages macaulay2 phcpack; fi
jar=releng/org.neuroalgebra.benchmarks/target/benchmarks.jar
[ -f "$jar" ] || ./mvnw -B -ntp -q -DskipTests verify
exec "$JAVA_HOME/bin/java" -cp "$jar" org.neuroalgebra.benchmarks.Compare "$@"
