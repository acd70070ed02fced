#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Regenerates org.neuroalgebra.target.target from roots.txt: Maven resolves the transitive
# closure of each section's roots once, and every resolved artifact is written with its exact
# version and includeDependencyDepth="none". Run after changing a root; review the diff.
set -e
cd "$(dirname "$0")"
. ../releng/scripts/environment.sh
work=$(mktemp -d)
for section in main batik; do
    awk -v s="[$section]" '/^\[/{on=($0==s); next} on && NF && $0 !~ /^#/' roots.txt |
        awk -F: '{printf "<dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></dependency>\n",$1,$2,$3}' > "$work/$section.deps"
    { echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
      echo "<groupId>lock</groupId><artifactId>$section</artifactId><version>1</version><packaging>pom</packaging><dependencies>"
      cat "$work/$section.deps"
      echo '</dependencies></project>'; } > "$work/pom-$section.xml"
    ../mvnw -q -B -f "$work/pom-$section.xml" dependency:list -DincludeScope=runtime -DoutputFile="$work/$section.list"
done
python3 - "$work" <<'PY'
import re, sys
work = sys.argv[1]
def resolved(name):
    out = []
    for line in open(f"{work}/{name}.list"):
        m = re.match(r'\s+([^:\s]+):([^:]+):jar:([^:]+):(compile|runtime)', line)
        if m:
            out.append(m.groups()[:3])
    return out
def roots(name):
    lines, on = [], False
    for line in open("roots.txt"):
        line = line.strip()
        if line.startswith("["):
            on = line == f"[{name}]"
        elif on and line and not line.startswith("#"):
            lines.append(tuple(line.split(":")))
    return lines
batik = resolved("batik")
main = sorted(set(resolved("main")) - set(batik))
def deps(items):
    return "".join(f'        <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version><type>jar</type></dependency>\n' for g, a, v in items)
t = open("org.neuroalgebra.target.target").read()
for label, items in (("Eclipse Platform", main), ("jakarta.annotation", roots("jakarta")), ("Batik CSS", batik)):
    start = t.index("<dependencies>", t.index(f'label="{label}')) + len("<dependencies>")
    end = t.index("</dependencies>", start)
    t = t[:start] + "\n" + deps(items) + "      " + t[end:]
open("org.neuroalgebra.target.target", "w").write(t)
print(f"locked {len(main)} + {len(batik)} artifacts")
PY
rm -rf "$work"
