#!/usr/bin/env bash
# The offercheck command line: exit statuses, output formats and messages.
# Usage: tests/cli_test.sh path/to/offercheck   (run from the repository root)
set -u
cli=${1:?usage: cli_test.sh OFFERCHECK}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

# expect NAME STATUS PATTERN -- COMMAND...: the command exits STATUS and its
# stdout+stderr match the extended regular expression PATTERN.
expect() {
  local name=$1 status=$2 pattern=$3
  shift 4
  local out actual
  out=$("$@" 2>&1)
  actual=$?
  if [[ $actual == "$status" ]] && grep -Eq -- "$pattern" <<<"$out"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    printf 'FAIL %s: exit %s (want %s), output:\n%s\n\n' "$name" "$actual" "$status" "$out" | head -40
  fi
}

pm=seeds/hugging-face/product-manager.md
expect "version" 0 '^offercheck [0-9]+\.[0-9]+\.[0-9]+$' -- "$cli" --version
expect "help" 0 'commands:' -- "$cli" --help
expect "no command" 2 'usage: offercheck' -- "$cli"
expect "unknown command" 2 "unknown command 'frobnicate'" -- "$cli" frobnicate
for command in list validate check; do
  expect "$command --help" 0 "usage: offercheck $command" -- "$cli" "$command" --help
done

expect "list seeds by default" 0 '^hugging-face  product-manager  regions: Paris, New York, Remote Global  currencies: EUR, USD  last_updated: 2026-02-23  stale' -- "$cli" list --today 2026-11-22
expect "list: three guides" 0 '^3$' -- bash -c "'$cli' list seeds | wc -l"
expect "list: fresh before the review date" 0 'fresh$' -- "$cli" list "$pm" --today 2026-04-01
expect "list: bad --today" 2 "--today: 'tomorrow' is not a date" -- "$cli" list --today tomorrow

expect "validate seeds" 0 '^3 files checked: 0 errors in 0 files, 5 warnings$' -- "$cli" validate seeds --today 2026-11-22
expect "validate: finding format" 0 "^seeds/hugging-face/product-manager.md:10:18: warning: the guide's data is stale.* \[stale\]$" -- "$cli" validate "$pm" --today 2026-11-22
expect "validate: errors only" 0 '^1 file checked' -- "$cli" validate "$pm" --errors-only
expect "validate: nothing named" 2 'name at least one guide' -- "$cli" validate
expect "validate: missing path" 2 'no such file or directory: nowhere' -- "$cli" validate nowhere

printf -- '---\ncompany: acme\nrole: x\ncompensation:\n  - region: Paris\n    base_low: seventy\n    currency: EUR\n---\n' >"$tmp/bad.md"
printf '# no front matter\n' >"$tmp/none.md"
expect "validate: error with position" 1 "bad.md:6:15: error: compensation\[0\] \(Paris\).base_low: expected a number, got 'seventy' \[wrong_type\]" -- "$cli" validate "$tmp/bad.md"
expect "validate: error without front matter" 1 "none.md:1:1: error: no front matter" -- "$cli" validate "$tmp/none.md"
expect "validate: directory summary" 1 '^2 files checked: 2 errors in 2 files, 0 warnings$' -- "$cli" validate "$tmp"

check=("$cli" check --guide "$pm" --today 2026-11-22)
expect "check: table" 0 'base +€75,000 +€75,000 +€102,000 +0% +within' -- "${check[@]}" --region Paris --base 75000 --stock 95000
expect "check: ask in table" 0 'base +€98,000 +85% into the Paris base band' -- "${check[@]}" --region paris --base 75k --stock 95k
expect "check: json" 0 '"status": "within"' -- "${check[@]}" --region 'new york' --base '$172,000' --json
expect "check: json ask" 0 '^210000' -- bash -c "'$cli' check --guide $pm --region 'New York' --base 172000 --json | python3 -c 'import json,sys; print(int(json.load(sys.stdin)[\"ask\"][\"base\"]))'"
expect "check: money forms" 0 'base +€1,200,000' -- "${check[@]}" --region Paris --base 1.2M
expect "check: bonus percent" 0 'bonus +\$10,000' -- "$cli" check --guide seeds/huggingface-enterprise/software-engineer.md --region 'San Francisco' --base 200k --bonus-pct 5%
expect "check: unknown region lists regions" 2 "unknown region 'Mars'; this guide has: Paris, New York, Remote Global" -- "${check[@]}" --region Mars --base 1
expect "check: bad money names the argument" 2 "--stock: 'lots' is not an amount" -- "${check[@]}" --region Paris --base 80000 --stock lots
expect "check: negative money" 2 "--base: '-5' is not an amount: amounts must not be negative" -- "${check[@]}" --region Paris --base=-5
expect "check: both bonus forms" 2 'give --bonus-pct or --bonus, not both' -- "${check[@]}" --region Paris --base 1 --bonus 1 --bonus-pct 1
expect "check: missing base" 2 '--base is required' -- "${check[@]}" --region Paris
expect "check: unknown option" 2 'unknown option --salary' -- "${check[@]}" --region Paris --salary 1
expect "check: typed currency" 0 'typed_currency: --base was typed in GBP but the band is in EUR' -- "${check[@]}" --region Paris --base £80k
expect "check: derived region" 0 'derived_band: Remote Global is compared with New York.s band scaled to 80%' -- "${check[@]}" --region 'Remote Global' --base 150k --derive-from 'New York' --factor 0.8
expect "check: null band" 0 'base +\$150,000 +— +— +— +no_data' -- "${check[@]}" --region 'Remote Global' --base 150k
expect "check: broken guide" 1 'bad.md:6:15: error:' -- "$cli" check --guide "$tmp/bad.md" --region Paris --base 1
expect "check: broken guide json" 1 '"ok": false' -- "$cli" check --guide "$tmp/bad.md" --region Paris --base 1 --json
expect "check: missing guide file" 2 'no such file or directory' -- "$cli" check --guide "$tmp/nothing.md" --region Paris --base 1

echo "cli: $passed passed, $failed failed"
[[ $failed == 0 ]]
