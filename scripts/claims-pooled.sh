#!/usr/bin/env bash
# Pools `sitrep eval-claims` over several gold sets: control changes (and all claims) counted over
# every set together, so one figure says how the extractor does on the whole body of text.
# Usage: scripts/claims-pooled.sh SITREP_BINARY SET [SET...]   (seeds, wire, heldout, heldout2 …)
set -euo pipefail
SITREP="$1"
shift
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
totals=""
for set in "$@"; do
    if [[ "$set" == seeds ]]; then
        files=("$ROOT"/geodata/scenarios/syria-2024-12/articles/*.txt)
    else
        files=("$ROOT"/tests/data/claims/"$set"/*.txt)
    fi
    out="$("$SITREP" eval-claims --gold "$ROOT/tests/data/claims/$set.tsv" "${files[@]}" 2>/dev/null)"
    # gold, extracted, precision %, recall % for claims and changes; denials: gold, kept, shown
    # contested; missed denials: not extracted, judged (a day and a known place), shown calm
    line="$(awk '/^claims/{c=$3" "$5" "$7" "$9} /^changes/{h=$3" "$5" "$7" "$9}
                 /^denials/{gsub(",",""); d=$6" "$14" "$NF}
                 /^calm/{gsub(",",""); k=$6" "$14" "$NF}
                 END{gsub("%","",c); gsub("%","",h); print c, h, d, (k == "" ? "0 0 0" : k)}' <<<"$out")"
    echo "$set $line"
    totals+="$line"$'\n'
done | awk '
    { printf "%-10s changes P %5.1f%% R %5.1f%% (gold %d)\n", $1, $8, $9, $6
      cg += $2; ce += $3; cc += $3 * $4 / 100; cf += $2 * $5 / 100
      hg += $6; he += $7; hc += $7 * $8 / 100; hf += $6 * $9 / 100
      dg += $10; dk += $11; ds += $12; mm += $13; mj += $14; mc += $15 }
    END {
      printf "pooled     changes P %5.1f%% R %5.1f%% (gold %d, extracted %d)\n", 100 * hc / he, 100 * hf / hg, hg, he
      printf "pooled     claims  P %5.1f%% R %5.1f%% (gold %d, extracted %d)\n", 100 * cc / ce, 100 * cf / cg, cg, ce
      printf "pooled     government denials %d: extracted as such %d, shown contested %d\n", dg, dk, ds
      printf "pooled     government denials missed %d: judged %d, shown as calm government control %d\n", mm, mj, mc }'
