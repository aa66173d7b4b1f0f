#!/usr/bin/env bash
# scripts/calibrate.mjs over the seed guides: it fits, reports the four parts
# with their counts, and the fitted parameters reproduce the seeds' own
# figures at least as well as the defaults fitted before on them.
# Usage: tests/calibrate_test.sh CLI   (run from the repository root)
set -u
cli=${1:?usage: tests/calibrate_test.sh path/to/offercheck}
passed=0 failed=0
check() {  # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); printf 'FAIL %s; output:\n%s\n' "$name" "$out"; fi
}
out=$(node scripts/calibrate.mjs --corpus seeds --cli "$cli" --json 2>&1)
status=$?
check "calibrate over the seeds exits 0" test "$status" = 0
field() { node -e "const r = JSON.parse(require('fs').readFileSync(0, 'utf8')); console.log(JSON.stringify($1))" <<<"$out"; }
check "it reports the four parts" test "$(field 'r.parts.map((p) => p.part).join()')" = '"base ask,stock ask,base floor,stock floor"'
check "the seeds state base asks (five regions)" test "$(field 'r.parts[0].stating')" = 5
check "the 5% tolerance is the core's" test "$(field 'r.tolerance')" = 0.05
check "fitted base asks land within 5% for every seed" test "$(field 'r.parts[0].fitted')" = 1
check "fitting never does worse than the seeds' old defaults" \
  test "$(field 'r.parts.every((p) => p.fitted >= p.seed_defaults)')" = true
check "fitted values are the model's parameters" test "$(field '"ask_base_position" in r.fitted && "floor_base_above_low" in r.fitted')" = true

out=$(node scripts/calibrate.mjs --corpus /nonexistent --cli "$cli" 2>&1)
status=$?
check "a missing corpus exits 2" test "$status" = 2
check "it names the corpus" grep -q "no corpus at /nonexistent" <<<"$out"

echo "calibrate: $passed passed, $failed failed"
[[ $failed == 0 ]]
