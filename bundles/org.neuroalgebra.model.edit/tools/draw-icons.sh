#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
#
# Redraws icons/full/obj16/*.gif (the object icons of the item providers) with DrawIcons.java.
set -e
TOOLS_DIR=$(cd "$(dirname "$0")" && pwd)
JAVA_BIN=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin
"$JAVA_BIN/java" -Djava.awt.headless=true "$TOOLS_DIR/DrawIcons.java" "$(dirname "$TOOLS_DIR")/icons/full/obj16"
echo "drew $(dirname "$TOOLS_DIR")/icons/full/obj16"
