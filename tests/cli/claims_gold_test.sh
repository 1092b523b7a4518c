#!/usr/bin/env bash
# Scores the claim extractor on every gold set with `sitrep eval-claims` and fails when a set
# falls under its floor in tests/data/claims/floors.tsv (claims and control changes, P and R), or
# when, over all sets, fewer of the gold's government denials than the `denials-shown-contested`
# row's percentage show contested in the engine right after the denial extracted from them.
# Usage: claims_gold_test.sh SITREP_BINARY   (CLAIMS_GOLD_VERBOSE=1 also prints every set's figures;
# by default only failures and the totals, so a session checking the floors does not read the figures
# of sets it must not look at yet)
set -uo pipefail
SITREP="$1"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
status=0
checked=0
denialsFloor=""
denialsGold=0
denialsShown=0
while IFS=$'\t' read -r set claimsP claimsR changesP changesR; do
    [[ -z "$set" || "$set" == \#* ]] && continue
    if [[ "$set" == denials-shown-contested ]]; then
        denialsFloor="$claimsP"; continue
    fi
    if [[ "$set" == seeds ]]; then
        files=("$ROOT"/geodata/scenarios/syria-2024-12/articles/*.txt)
    else
        files=("$ROOT"/tests/data/claims/"$set"/*.txt)
    fi
    if ! out="$("$SITREP" eval-claims --gold "$ROOT/tests/data/claims/$set.tsv" "${files[@]}" 2>&1)"; then
        echo "FAIL $set: eval-claims exited non-zero"; echo "$out"; status=1; continue
    fi
    read -r gotClaimsP gotClaimsR < <(awk '$1=="claims"{gsub("%","");print $7, $9}' <<<"$out")
    read -r gotChangesP gotChangesR < <(awk '$1=="changes"{gsub("%","");print $7, $9}' <<<"$out")
    if [[ -z "${gotClaimsP:-}" || -z "${gotChangesP:-}" ]]; then
        echo "FAIL $set: no figures in the output"; echo "$out"; status=1; continue
    fi
    for pair in "claims precision:$gotClaimsP:$claimsP" "claims recall:$gotClaimsR:$claimsR" \
                "changes precision:$gotChangesP:$changesP" "changes recall:$gotChangesR:$changesR"; do
        IFS=: read -r what got floor <<<"$pair"
        if awk -v g="$got" -v f="$floor" 'BEGIN{exit !(g < f)}'; then
            echo "FAIL $set: $what $got% is under its floor $floor%"; status=1
        fi
    done
    read -r gotDenials gotShown < <(awk '$1=="denials"{gsub(",",""); print $6, $NF}' <<<"$out")
    denialsGold=$((denialsGold + ${gotDenials:-0}))
    denialsShown=$((denialsShown + ${gotShown:-0}))
    if [[ "${CLAIMS_GOLD_VERBOSE:-}" == 1 ]]; then
        echo "$set: claims P $gotClaimsP% R $gotClaimsR%, changes P $gotChangesP% R $gotChangesR%"
    fi
    checked=$((checked + 1))
done < "$ROOT/tests/data/claims/floors.tsv"
if [[ -z "$denialsFloor" ]]; then
    echo "FAIL: floors.tsv has no denials-shown-contested row"; status=1
elif (( denialsGold == 0 )) || (( denialsShown * 100 < denialsFloor * denialsGold )); then
    echo "FAIL: $denialsShown of $denialsGold government denials show contested, under the floor of $denialsFloor%"; status=1
else
    echo "government denials shown contested: $denialsShown of $denialsGold (floor $denialsFloor%)"
fi
echo "gold sets scored against their floors: $checked"
if (( checked < 10 )); then
    echo "FAIL: only $checked gold sets were scored"; status=1
fi
exit $status
