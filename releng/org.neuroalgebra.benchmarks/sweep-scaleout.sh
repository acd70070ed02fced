#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# The speed-up of a sweep on several cluster members over one: the same sweep, first alone
# (one member, W workers), then coordinated by one member with M-1 'neuroalgebra worker'
# processes on this machine (each with W workers), all on loopback. Checks that both runs wrote
# byte-identical tables and prints a Markdown table of the times and the ratio.
#   releng/org.neuroalgebra.benchmarks/sweep-scaleout.sh            (3 members, 1 worker each)
#   releng/org.neuroalgebra.benchmarks/sweep-scaleout.sh 3 1 FILE NAME
# Every member here shares this machine's processors: the speed-up is bounded by their number,
# not by the number of members; on separate machines each member brings its own.
set -e
cd "$(dirname "$0")/../.."
members=${1:-3}
workers=${2:-1}
product=releng/org.neuroalgebra.repository/target/products/neuroalgebra/linux/gtk/x86_64/neuroalgebra/neuroalgebra
if [ ! -x "$product" ]; then
    echo "sweep-scaleout: build the headless product first (./run-main-job does)" >&2
    exit 2
fi
work=$(mktemp -d)
trap 'kill $pids 2>/dev/null; rm -rf "$work"' EXIT
file=${3:-$work/family.nalg}
sweep=${4:-widths}
if [ -z "$3" ]; then
    # 125 networks of sigma = x^2: input 4..8, two hidden layers of widths 8..12, one output;
    # each member's dimension takes from a tenth of a second to a few seconds.
    cat > "$file" <<'EOF'
sweep widths {
  architecture {
    input [4..8]
    dense [8..12] bias=false
    activation x^2
    dense [8..12] bias=false
    activation x^2
    dense 1 bias=false
  }
  run dimension seed 1
}
EOF
fi
seconds() {
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}
alone=$(seconds "$product" sweep "$file" --sweep "$sweep" --workers "$workers" --out "$work/alone")
base=$((5701 + $$ % 1000 * 4))
list=""
i=0
while [ $i -lt "$members" ]; do
    list="$list${list:+,}127.0.0.1:$((base + i))"
    i=$((i + 1))
done
pids=""
i=1
while [ $i -lt "$members" ]; do
    "$product" worker --join "$list" --port $((base + i)) --workers "$workers" 2>"$work/worker$i.log" &
    pids="$pids $!"
    i=$((i + 1))
done
together=$(seconds "$product" sweep "$file" --sweep "$sweep" --workers "$workers" --join "$list" --port "$base" \
    --out "$work/together")
if ! cmp -s "$work/alone/$sweep.csv" "$work/together/$sweep.csv"; then
    echo "sweep-scaleout: the tables differ" >&2
    exit 1
fi
rows=$(($(wc -l < "$work/alone/$sweep.csv") - 1))
cat <<EOF
| sweep | rows | 1 member, $workers worker(s) | $members members, $workers worker(s) each | speed-up | tables |
|---|---|---|---|---|---|
| $sweep | $rows | $(printf '%.1f' "$alone") s | $(printf '%.1f' "$together") s | $(echo "scale=2; $alone / $together" | bc)× | identical |

Machine: $(nproc) processors; the members share them. Command: \`releng/org.neuroalgebra.benchmarks/sweep-scaleout.sh $*\`
EOF
