# SPDX-License-Identifier: EPL-2.0
# Sourced by the top-level scripts: finds a Java 21+ for the build and installs, when running
# as root on Debian, the few system packages the build and the UI tests need.

find_java_home() {
    for home in "$NEUROALGEBRA_JAVA_HOME" "$JAVA_HOME" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [ -n "$home" ] && [ -x "$home/bin/java" ] || continue
        major=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            echo "$home"
            return 0
        fi
    done
    return 1
}

JAVA_HOME=$(find_java_home) || {
    echo "No JDK 21 or newer found: install one (e.g. Temurin 25) or set NEUROALGEBRA_JAVA_HOME" >&2
    exit 3
}
export JAVA_HOME

# ensure_packages PACKAGE... : installs missing Debian packages when we are root, else explains.
ensure_packages() {
    missing=""
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
    done
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "Installing:$missing" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >&2
    else
        echo "Please install these Debian packages first:$missing" >&2
        exit 3
    fi
}
