#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# The install check: installs the suite into a plain Eclipse platform with the p2 director, as a
# user installs it into an Eclipse IDE, then runs an analysis from the installed bundles.
#
#   1. copies the plain platform (releng/org.neuroalgebra.installcheck: runtime, IDE workbench,
#      p2 director, no Neuroalgebra bundle) to target/install-check/eclipse;
#   2. runs that platform's own p2 director application to install the core and UI features from
#      the built update site (releng/org.neuroalgebra.repository/target/repository) into itself;
#   3. starts the installed platform headless (-application org.neuroalgebra.app.headless) on an
#      example and checks the exit code and the certified dimensions in its JSON;
#   4. runs the 'neuroalgebra' command the core feature installed as a root file, the same way;
#   5. checks that the core works alone: no bundle of the sample extension
#      (org.neuroalgebra.sample.*) was installed, 'help' lists the built-in analyses but not the
#      sample's 'degree', and the sample's example is refused with its position, not half run.
#
# Needs the built reactor (./run-tests, or ./mvnw -B verify -DskipTests). Prints one line per
# step; on failure one line on stderr naming the step (the step's log is kept under target/) and
# exits 1. Writes only under releng/org.neuroalgebra.installcheck/target/.
cd "$(dirname "$0")/../.." || exit 1
root=$(pwd)
. releng/scripts/environment.sh

platform="$root/releng/org.neuroalgebra.installcheck/target/products/eclipse-platform/linux/gtk/x86_64/eclipse"
repository="$root/releng/org.neuroalgebra.repository/target/repository"
work="$root/releng/org.neuroalgebra.installcheck/target/install-check"
eclipse="$work/eclipse"
example="$root/bundles/org.neuroalgebra.examples/examples/talk.nalg"
java="$JAVA_HOME/bin/java"
command -v python3 >/dev/null || ensure_packages python3
# Each step is bounded: a hung OSGi framework must fail the check, not stall CI.
step_timeout=600

fail() {
    echo "p2 install check FAILED at $*" >&2
    exit 1
}

started=$(date +%s)
step=""
begin() {
    step="$1"
    echo "p2 install check: $step"
}

# exit_text STATUS: how a step's process ended, in words ('timeout' exits 124).
exit_text() {
    if [ "$1" -eq 124 ]; then echo "timed out after $step_timeout s"; else echo "exit $1"; fi
}

# Starts an Eclipse installation headless with an application of its own: what a user does with
# 'eclipse -nosplash -application ...' where no native launcher exists.
# Standard output goes to $2, standard error to $2.err.
run_eclipse() {
    home="$1"; log="$2"; shift 2
    launcher=$(ls "$home"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
    [ -n "$launcher" ] || fail "$step: no Equinox launcher in $home/plugins"
    timeout "$step_timeout" "$java" -Xmx2g -jar "$launcher" -install "$home" -configuration "$home/configuration" \
        -nosplash "$@" >"$log" 2>"$log.err"
}

begin "1/5 copy the plain Eclipse platform"
[ -f "$platform/configuration/config.ini" ] ||
    fail "$step: no platform at $platform (build it: ./mvnw -B -pl releng/org.neuroalgebra.installcheck -am verify)"
[ -f "$repository/content.jar" ] || [ -f "$repository/content.xml" ] || [ -f "$repository/content.xml.xz" ] ||
    fail "$step: no update site at $repository (build it: ./mvnw -B -pl releng/org.neuroalgebra.repository -am verify -DskipTests)"
leaked=$(ls "$platform/plugins" "$platform/features" 2>/dev/null | grep '^org\.neuroalgebra' | head -n 1)
[ -z "$leaked" ] || fail "$step: the plain platform already contains $leaked"
rm -rf "$work" && mkdir -p "$work" && cp -R "$platform" "$eclipse" || fail "$step: cannot copy $platform to $eclipse"
profile=$(sed -n 's/^eclipse\.p2\.profile=//p' "$eclipse/configuration/config.ini")
[ -n "$profile" ] || fail "$step: $eclipse/configuration/config.ini names no p2 profile (eclipse.p2.profile)"

begin "2/5 install org.neuroalgebra.core.feature and org.neuroalgebra.ui.feature with the p2 director (profile $profile)"
run_eclipse "$eclipse" "$work/director.log" -consoleLog -application org.eclipse.equinox.p2.director \
    -repository "file:$repository" \
    -installIU org.neuroalgebra.core.feature.feature.group,org.neuroalgebra.ui.feature.feature.group \
    -destination "$eclipse" -profile "$profile"
status=$?
[ "$status" -eq 0 ] || fail "$step: the director ended with $(exit_text "$status") ($(cat "$work/director.log.err" "$work/director.log" | grep -m1 -i 'error\|cannot\|missing\|exception'); log: $work/director.log)"
for bundle in org.neuroalgebra.app org.neuroalgebra.analysis org.neuroalgebra.ui; do
    grep -q "^$bundle," "$eclipse/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" ||
        fail "$step: $bundle is not in the installed platform's bundles.info"
done
[ -x "$eclipse/neuroalgebra" ] || fail "$step: the core feature's root file 'neuroalgebra' was not installed"

# check_json OUTPUT BLOCK=DIMENSION... : the JSON the headless application printed has, for each
# analysis block named (or for the single result when the name is '-'), a certified result of
# that dimension. The dimensions are docs/MATHEMATICS.md §3's: 3, 4, 3 and the defective 7.
check_json() {
    output="$1"; shift
    python3 - "$output" "$@" <<'PY' || fail "$step: $(cat "$output.check" 2>/dev/null || echo 'python3 failed') (output: $output)"
import json, sys
output, expected = sys.argv[1], [item.split("=") for item in sys.argv[2:]]
def problem():
    try:
        with open(output, encoding="utf-8") as stream:
            data = json.load(stream)
    except (OSError, ValueError) as error:
        return f"the output is not JSON: {error}"
    if isinstance(data.get("results"), list):
        blocks = {block.get("analysis"): block.get("result") for block in data["results"]}
    else:
        blocks = {"-": data}
    for name, dimension in expected:
        result = blocks.get(name)
        if not isinstance(result, dict):
            return f"no result for analysis block '{name}'"
        if result.get("dimension") != int(dimension):
            return f"'{name}' has dimension {result.get('dimension')}, expected {dimension}"
        if result.get("certified") is not True:
            return f"'{name}' (dimension {dimension}) is not certified"
    return None
message = problem()
with open(output + ".check", "w", encoding="utf-8") as stream:
    stream.write(message or "ok")
sys.exit(1 if message else 0)
PY
}

begin "3/5 run org.neuroalgebra.app.headless from the installed platform on $(basename "$example")"
run_eclipse "$eclipse" "$work/headless.json" -application org.neuroalgebra.app.headless -data @none \
    run "$example" --json
status=$?
[ "$status" -eq 0 ] || fail "$step: $(exit_text "$status") ($(grep -m1 . "$work/headless.json.err"); log: $work/headless.json.err)"
check_json "$work/headless.json" square_dimension=3 cubic_dimension=4 linear_dimension=3 defective_dimension=7

begin "4/5 run the 'neuroalgebra' command the core feature installed: dimension of square_mlp"
NEUROALGEBRA_CONFIGURATION="$work/user-configuration" NEUROALGEBRA_JAVA="$java" \
    timeout "$step_timeout" "$eclipse/neuroalgebra" dimension "$example" --subject square_mlp --json \
    >"$work/command.json" 2>"$work/command.json.err"
status=$?
[ "$status" -eq 0 ] || fail "$step: $(exit_text "$status") ($(grep -m1 . "$work/command.json.err"); log: $work/command.json.err)"
check_json "$work/command.json" -=3

begin "5/5 the core alone: no sample bundle, 'help' without the sample's 'degree', its example refused"
bundles_info="$eclipse/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
sample=$( (cut -d, -f1 "$bundles_info"; ls "$eclipse/plugins" "$eclipse/features") 2>/dev/null |
    grep -m1 '^org\.neuroalgebra\.sample')
[ -z "$sample" ] || fail "$step: the core and UI features installed $sample, a bundle of the sample extension"
NEUROALGEBRA_CONFIGURATION="$work/user-configuration" NEUROALGEBRA_JAVA="$java" \
    timeout "$step_timeout" "$eclipse/neuroalgebra" help >"$work/help.txt" 2>"$work/help.txt.err"
status=$?
[ "$status" -eq 0 ] || fail "$step: 'neuroalgebra help' ended with $(exit_text "$status") ($(grep -m1 . "$work/help.txt.err"))"
grep -q '^  dimension FILE --subject NAME' "$work/help.txt" ||
    fail "$step: 'neuroalgebra help' does not list the built-in 'dimension' (output: $work/help.txt)"
! grep -q '^  degree FILE --subject NAME' "$work/help.txt" ||
    fail "$step: 'neuroalgebra help' lists the sample's 'degree' although the sample is not installed (output: $work/help.txt)"
sample_example="$root/bundles/org.neuroalgebra.sample.extension/examples/residual.nalg"
NEUROALGEBRA_CONFIGURATION="$work/user-configuration" NEUROALGEBRA_JAVA="$java" \
    timeout "$step_timeout" "$eclipse/neuroalgebra" run "$sample_example" >"$work/residual.txt" 2>"$work/residual.txt.err"
status=$?
[ "$status" -eq 2 ] || fail "$step: 'neuroalgebra run residual.nalg' without the sample ended with $(exit_text "$status"), expected exit 2 (log: $work/residual.txt.err)"
grep -q "residual.nalg:[0-9]*:[0-9]*: unknown layer 'residual'" "$work/residual.txt.err" ||
    fail "$step: 'neuroalgebra run residual.nalg' without the sample does not report the unknown layer 'residual' at its position ($(grep -m1 . "$work/residual.txt.err"))"

echo "p2 install check passed: Neuroalgebra installed with the p2 director into a plain Eclipse platform ($profile) and ran $(basename "$example") from it, without the sample extension, in $(($(date +%s) - started)) s"
