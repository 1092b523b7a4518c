#!/usr/bin/env bash
# `sitrep eval-claims` on a one-article gold set: a state-media denial about a governorate
# ("denied that the army had withdrawn from the Damascus countryside") is counted shown contested
# when the engine shows the governorate's settlements contested (a governorate has no state of
# its own); an article that denies nothing counts no denial as kept or shown.
# Usage: eval_claims_test.sh SITREP_BINARY
set -uo pipefail
SITREP="$1"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

mkdir -p "$dir/a" "$dir/b"
cat > "$dir/a/t01.txt" <<'TXT'
title: Ministry denies withdrawal
source: Test Wire
published: 2024-12-07T18:00:00Z
language: en

Syria's Defence Ministry on Saturday denied reports that the army had withdrawn from its positions in the Damascus countryside.
TXT
printf 'file\tplace\tactor\tkind\tstance\tdate\tside\tnote\nt01.txt\tRif Dimashq governorate\tgovernment\twithdrew\tdenies\t2024-12-07\tgovernment\tdenied reports\n' > "$dir/a.tsv"
out="$("$SITREP" eval-claims --verbose --gold "$dir/a.tsv" "$dir/a/t01.txt" 2>&1)" || fail "eval-claims exited non-zero: $out"
grep -q '^denials  government denials in gold 1, extracted as denials by a government speaker 1, shown contested 1$' <<<"$out" \
    || fail "the governorate denial is not counted shown contested: $out"
grep -q 'denial not shown contested' <<<"$out" && fail "verbose output lists the governorate denial as not shown: $out"

sed 's/denied reports that the army had withdrawn/confirmed that the army had withdrawn/' "$dir/a/t01.txt" > "$dir/b/t01.txt"
out="$("$SITREP" eval-claims --gold "$dir/a.tsv" "$dir/b/t01.txt" 2>&1)" || fail "eval-claims exited non-zero: $out"
grep -q '^denials  government denials in gold 1, extracted as denials by a government speaker 0, shown contested 0$' <<<"$out" \
    || fail "a confirmation is counted as a kept denial: $out"

# A governorate named by a name no other place has ("Rif Dimashq") needs no "governorate" after
# it; "Daraa", a city's name too, still does.
sed 's/Rif Dimashq governorate/Rif Dimashq/' "$dir/a.tsv" > "$dir/c.tsv"
out="$("$SITREP" eval-claims --gold "$dir/c.tsv" "$dir/a/t01.txt" 2>&1)" || fail "eval-claims exited non-zero: $out"
grep -q '^denials  government denials in gold 1, extracted as denials by a government speaker 1, shown contested 1$' <<<"$out" \
    || fail "'Rif Dimashq' does not match the governorate's claim: $out"
mkdir -p "$dir/d"
sed 's/its positions in the Damascus countryside/Daraa province/' "$dir/a/t01.txt" > "$dir/d/t01.txt"
sed 's/Rif Dimashq governorate/Daraa/' "$dir/a.tsv" > "$dir/d.tsv"
out="$("$SITREP" eval-claims --gold "$dir/d.tsv" "$dir/d/t01.txt" 2>&1)" || fail "eval-claims exited non-zero: $out"
grep -q '^denials  government denials in gold 1, extracted as denials by a government speaker 0,' <<<"$out" \
    || fail "'Daraa' (the city) matches the governorate's claim: $out"
sed 's/Rif Dimashq governorate/Daraa governorate/' "$dir/a.tsv" > "$dir/e.tsv"
out="$("$SITREP" eval-claims --gold "$dir/e.tsv" "$dir/d/t01.txt" 2>&1)" || fail "eval-claims exited non-zero: $out"
grep -q '^denials  government denials in gold 1, extracted as denials by a government speaker 1,' <<<"$out" \
    || fail "'Daraa governorate' does not match the governorate's claim: $out"
# "X (governorate)" is "X governorate"; "As-Suwayda", the governorate's own name, asks for the
# governorate although the city Sweida lists it among its names (no settlement is called so).
sed 's/Rif Dimashq governorate/Daraa (governorate)/' "$dir/a.tsv" > "$dir/f.tsv"
out="$("$SITREP" eval-claims --gold "$dir/f.tsv" "$dir/d/t01.txt" 2>&1)" || fail "eval-claims exited non-zero: $out"
grep -q '^denials  government denials in gold 1, extracted as denials by a government speaker 1,' <<<"$out" \
    || fail "'Daraa (governorate)' does not match the governorate's claim: $out"
mkdir -p "$dir/g"
sed 's/its positions in the Damascus countryside/Sweida province/' "$dir/a/t01.txt" > "$dir/g/t01.txt"
sed 's/Rif Dimashq governorate/As-Suwayda/' "$dir/a.tsv" > "$dir/g.tsv"
out="$("$SITREP" eval-claims --gold "$dir/g.tsv" "$dir/g/t01.txt" 2>&1)" || fail "eval-claims exited non-zero: $out"
grep -q '^denials  government denials in gold 1, extracted as denials by a government speaker 1,' <<<"$out" \
    || fail "'As-Suwayda' does not match the governorate's claim: $out"
# A government denial the extractor misses is judged by what the engine then shows: calm
# government control of the place at the end of the denial's day is the failure the product must
# never show. The article names Homs (government-held in the scenario's baseline) and Idlib
# (opposition-held) without any claim, so both gold denials are missed whatever the rules read.
mkdir -p "$dir/h"
cat > "$dir/h/t01.txt" <<'TXT'
title: Weather
source: Test Wire
published: 2024-12-07T18:00:00Z
language: en

It rained in Homs and in Idlib on Saturday.
TXT
printf 'file\tplace\tactor\tkind\tstance\tdate\tside\tnote\nt01.txt\tHoms\topposition\tcaptured\tdenies\t2024-12-07\tgovernment\tx\nt01.txt\tIdlib\tgovernment\tcaptured\tdenies\t2024-12-07\tgovernment\tx\nt01.txt\tHoms\topposition\tentered\tdenies\t-\tgovernment\tx\n' > "$dir/h.tsv"
out="$("$SITREP" eval-claims --verbose --gold "$dir/h.tsv" "$dir/h/t01.txt" 2>&1)" || fail "eval-claims exited non-zero: $out"
grep -q '^calm     government denials not extracted 3, with a day and a known place 2, shown as calm government control 1$' <<<"$out" \
    || fail "missed denials are not judged by the engine's state (Homs calm, Idlib not, the undated one not judged): $out"
grep -q 'missed denial shown as calm government control: t01.txt Homs opposition captured 2024-12-07' <<<"$out" \
    || fail "verbose output does not name the calm Homs denial: $out"
out="$("$SITREP" eval-claims --gold "$dir/a.tsv" "$dir/a/t01.txt" 2>&1)" || fail "eval-claims exited non-zero: $out"
grep -q '^calm     government denials not extracted 0, with a day and a known place 0, shown as calm government control 0$' <<<"$out" \
    || fail "an extracted denial is counted as missed: $out"
# --second-gold scores a second reader's rows for the same articles by the same matcher: agreement
# between two annotators. Itself: all agree; one row more: half its rows match; a day two off: none.
out="$("$SITREP" eval-claims --gold "$dir/h.tsv" --second-gold "$dir/h.tsv" 2>&1)" || fail "eval-claims --second-gold exited non-zero: $out"
grep -q '^claims   gold   3  extracted   3  precision 100.0%  recall 100.0%' <<<"$out" \
    || fail "a gold file does not agree with itself: $out"
{ cat "$dir/a.tsv"; printf 't01.txt\tHoms\topposition\tcaptured\taffirms\t2024-12-07\tindependent\tx\n'; } > "$dir/a2.tsv"
out="$("$SITREP" eval-claims --gold "$dir/a.tsv" --second-gold "$dir/a2.tsv" 2>&1)" || fail "eval-claims --second-gold exited non-zero: $out"
grep -q '^claims   gold   1  extracted   2  precision  50.0%  recall 100.0%' <<<"$out" \
    || fail "a second reader's extra row is not counted against its precision: $out"
sed 's/2024-12-07/2024-12-04/' "$dir/a.tsv" > "$dir/a3.tsv"
out="$("$SITREP" eval-claims --gold "$dir/a.tsv" --second-gold "$dir/a3.tsv" 2>&1)" || fail "eval-claims --second-gold exited non-zero: $out"
grep -q '^claims   gold   1  extracted   1  precision   0.0%  recall   0.0%  recall ignoring day 100.0%' <<<"$out" \
    || fail "a second reader's day three days off matches: $out"
"$SITREP" eval-claims --gold "$dir/a.tsv" --second-gold "$dir/a2.tsv" "$dir/a/t01.txt" > /dev/null 2>&1 \
    && fail "--second-gold with article files is accepted (which claims would it score?)"
exit $status
