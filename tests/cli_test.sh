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
for command in list validate index bundle check; do
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
expect "check: table" 0 'base +€75,000 +€75,000 +€102,000 +0% into the band +within' -- "${check[@]}" --region Paris --base 75000 --stock 95000
expect "check: the guide's own ask in the table" 0 "base +€98,000 +the guide's own ask for Paris \\(line 78\\) \\(the band rule: €99,000\\)" -- "${check[@]}" --region paris --base 75k --stock 95k
expect "check: the band rule where the guide states nothing" 0 'base +€[0-9,]+ +89% into the Paris base band' -- "$cli" check --guide seeds/huggingface-enterprise/software-engineer.md --region paris --base 75k
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

# Competing offers, vesting, currencies and the script (issue 5).
devops=seeds/hugging-face/devops-engineer.md
expect "competing: the guide's own Paris example" 0 'Google Paris +€200,000 +€200,000 +€200,000 +€200,000 +€800,000' -- "${check[@]}" --region Paris --base 75k --stock 95k --competing 'name=Google Paris,base=115000,stock_per_year=85000,currency=EUR,liquid=yes'
expect "competing: the guide's figure does not add up" 0 "line 74: €115,000 base \+ €85,000/year over four years = €800,000; the guide says €455,000 \(does not add up\)" -- "${check[@]}" --region Paris --base 75k
expect "competing: devops Paris example" 0 'Google Paris SRE +.* +€588,000' -- "$cli" check --guide "$devops" --region Paris --base 65k --competing 'name=Google Paris SRE,base=92k,stock_per_year=55k,currency=EUR'
expect "competing: devops NYC example in USD" 0 'Datadog +.* +\$1,200,000' -- "$cli" check --guide "$devops" --region 'New York' --base 158k --competing 'name=Datadog,base=205k,stock_per_year=95k,currency=USD'
expect "competing: converted with the dated table" 0 'Exchange rates: European Central Bank euro foreign exchange reference rates, 2025-02-28: 1 USD = 0.9605 EUR' -- "${check[@]}" --region Paris --base 75k --competing 'name=Stripe,base=235k,stock_per_year=175k,currency=USD'
expect "competing: rate override" 0 '1 USD = 0.9 EUR \(yours\)' -- "${check[@]}" --region Paris --base 75k --competing 'name=Stripe,base=235k,currency=USD' --fx USD=0.9
expect "competing: leverage names the offer" 0 'raised toward Google Paris, worth €800,000 over four years' -- "${check[@]}" --region Paris --base 75k --stock 95k --competing 'name=Google Paris,base=115000,stock_per_year=85000,currency=EUR'
expect "competing: a comma inside a name" 0 'Acme, Inc\. ' -- "${check[@]}" --region Paris --base 75k --competing 'name=Acme, Inc.,base=90k'
expect "competing: bad spec names it" 2 "--competing base: 'lots' is not an amount" -- "${check[@]}" --region Paris --base 75k --competing 'name=X,base=lots'
expect "competing: amounts and percents read by the core" 0 'Acme +.* +€500,000' -- "${check[@]}" --region Paris --base 75k --competing 'name=Acme,base=€100k,bonus_pct=25%'
expect "competing: a bad percent names it" 2 "--competing bonus_pct: 'lots' is not a percent" -- "${check[@]}" --region Paris --base 75k --competing 'name=X,base=1,bonus_pct=lots'
expect "check: discount above 100" 2 '--discount: at most 100' -- "${check[@]}" --region Paris --base 75k --discount 120
expect "check: discount as a percent" 0 'Risk-adjusted counts the illiquid \(pre-IPO\) equity of this offer at 70% of its value' -- "${check[@]}" --region Paris --base 75k --stock 95k --illiquid --discount 30% --competing 'name=X,base=1'
expect "competing: unknown key" 2 "--competing salary: unknown field \\(expected name, currency, base" -- "${check[@]}" --region Paris --base 75k --competing 'name=X,salary=1'
expect "competing: unknown currency rate" 2 'no exchange rate from XOF to EUR' -- "${check[@]}" --region Paris --base 75k --competing 'name=X,base=1,currency=XOF'
expect "vesting: back-loaded year one" 0 'this offer +€79,750 ' -- "${check[@]}" --region Paris --base 75k --stock 95k --vesting 5,15,40,40
expect "vesting: bad schedule" 2 "--vesting: vesting '25,25' sums to 50%, not 100%" -- "${check[@]}" --region Paris --base 75k --vesting 25,25
expect "fx: bad override" 2 "--fx: 'EUR' is not a rate" -- "${check[@]}" --region Paris --base 75k --fx EUR
expect "script: the ask in the counter-offer" 0 'my ask is €98,000 base, €165,000 in equity over four years and an €8,000 signing bonus' -- "${check[@]}" --region Paris --base 75k --stock 95k --script
expect "script: no leftover placeholder" 0 '^0$' -- bash -c "'$cli' check --guide $pm --region Paris --base 75k --script | grep -c '\[[A-Za-z]' || true"
expect "script: a filled placeholder" 0 "I've contributed 40 PRs to Transformers" -- "${check[@]}" --region Paris --base 75k --script --fill '[X commits/PRs]=40 PRs' --fill '[library]=Transformers' --fill '[model/dataset]=a model' --fill '[X downloads]=1M downloads' --fill '[X followers/stars]=5k stars'
expect "json: years, competing, fx" 0 '^4 1 800000 2025-02-28$' -- bash -c "'$cli' check --guide $pm --region Paris --base 75k --competing 'name=G,base=115k,stock_per_year=85k' --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d[\"years\"]), len(d[\"competing\"]), int(d[\"competing\"][0][\"four_year_total\"]), d[\"fx\"][\"date\"])'"

# The guide index (issue 7): built, reused, refused.
idx="$tmp/guides.idx"
mkdir -p "$tmp/corpus/acme" && cp seeds/hugging-face/product-manager.md "$tmp/corpus/pm.md" && cp "$tmp/bad.md" "$tmp/corpus/acme/bad.md"
expect "index: written" 0 "^2 files: 1 guide indexed, 1 rejected, 1 warning; 0 unchanged since the last index -> $idx\$" -- "$cli" index "$tmp/corpus" -o "$idx"
expect "index: rejected file's finding" 0 "acme/bad.md:6:15: error: .*\[wrong_type\]" -- "$cli" index "$tmp/corpus" -o "$tmp/other.idx"
expect "index: three lines" 0 '^3$' -- bash -c "wc -l <'$idx'"
expect "index: header" 0 '^offercheck-index 1 2 1$' -- bash -c "head -1 '$idx' | python3 -c 'import json,sys; h=json.load(sys.stdin); print(h[\"format\"], h[\"version\"], h[\"files\"], len(h[\"rejected\"]))'"
expect "index: a guide's text at its offset" 0 '^hugging-face/product-manager True$' -- python3 -c "
import json
data = open('$idx', 'rb').read()
lines = data.split(b'\n')
guide = json.loads(lines[1])[0]
start = len(lines[0]) + len(lines[1]) + 2 + guide['text']['offset']
text = json.loads(data[start:start + guide['text']['length']])
print(guide['id'], text == open('seeds/hugging-face/product-manager.md').read())"
expect "index: up to date" 0 "; $idx is up to date\$" -- "$cli" index "$tmp/corpus" -o "$idx"
expect "index: up to date keeps findings" 0 "acme/bad.md:6:15: error:" -- "$cli" index "$tmp/corpus" -o "$idx"
expect "index: warnings on request" 0 "pm.md:[0-9]+:[0-9]+: warning:" -- "$cli" index "$tmp/corpus" -o "$idx" --warnings
cp seeds/huggingface-enterprise/software-engineer.md "$tmp/corpus/swe.md"
expect "index: unchanged files reused" 0 "^3 files: 2 guides indexed, 1 rejected, .*; 2 unchanged since the last index -> " -- "$cli" index "$tmp/corpus" --output "$idx" --jobs 1
cp "$tmp/corpus/pm.md" "$tmp/corpus/pm-copy.md"
expect "index: duplicate id rejected" 0 "pm.md: error: another guide has the id hugging-face/product-manager: .*pm-copy.md \[duplicate_id\]" -- "$cli" index "$tmp/corpus" -o "$idx"
rm "$tmp/corpus/pm-copy.md"
expect "index: duplicate gone, guide back" 0 "^3 files: 2 guides indexed, 1 rejected" -- "$cli" index "$tmp/corpus" -o "$idx"
sed -i '1s/"core":"[0-9a-f]*"/"core":"0000000000000000"/' "$idx"
expect "index: another build's index is not reused" 0 "rebuilding it.*; 0 unchanged since the last index" -- bash -c "'$cli' index '$tmp/corpus' -o '$idx' 2>&1 | tr '\n' ' '"
printf 'my notes\n' >"$tmp/notes.txt"
expect "index: never overwrites a file that is not an index" 2 "notes.txt exists and is not an offercheck index; it is not overwritten" -- "$cli" index "$tmp/corpus" -o "$tmp/notes.txt"
expect "index: notes kept" 0 '^my notes$' -- cat "$tmp/notes.txt"
expect "index: no output named" 2 'name the index file to write with -o FILE' -- "$cli" index "$tmp/corpus"
expect "index: bad --jobs" 2 "--jobs: expected a number of threads from 1 to 256, got 'many'" -- "$cli" index "$tmp/corpus" -o "$idx" --jobs many
expect "index: nothing indexable" 1 '; nothing to write$' -- "$cli" index "$tmp/bad.md" -o "$tmp/empty.idx"
expect "index: nothing written" 0 '^absent$' -- bash -c "test -e '$tmp/empty.idx' && echo present || echo absent"

# The page bundle (issue 11): an index's guides read and rendered for the page.
bundle=$tmp/seeds.bundle
"$cli" index seeds -o "$tmp/seeds.idx" >/dev/null
expect "bundle: written" 0 "^3 guides bundled -> $bundle\$" -- "$cli" bundle "$tmp/seeds.idx" -o "$bundle"
expect "bundle: a line per guide, in the index's order, compiled and rendered" 0 '^hugging-face/devops-engineer 3 True,hugging-face/product-manager 3 True,huggingface-enterprise/software-engineer 3 True$' -- python3 -c "
import json
lines = [json.loads(l) for l in open('$bundle')]
print(','.join(f\"{e['id']} {json.loads(e['compiled'])['compiled_guide']} {all(h.startswith('<') or h == '' for h in e['html'])}\" for e in lines))"
expect "bundle: no output named" 2 'name the bundle file to write with -o FILE' -- "$cli" bundle "$tmp/seeds.idx"
expect "bundle: -o and --output" 2 '-o and --output name the same file; give one' -- "$cli" bundle "$tmp/seeds.idx" -o a --output b
expect "bundle: one index" 2 'name one index file' -- "$cli" bundle -o "$bundle"
expect "bundle: not an index" 2 "notes.txt is not an offercheck index" -- "$cli" bundle "$tmp/notes.txt" -o "$bundle"
expect "bundle: missing index" 2 "cannot read $tmp/none.idx" -- "$cli" bundle "$tmp/none.idx" -o "$bundle"
head -2 "$tmp/seeds.idx" >"$tmp/cut.idx"
expect "bundle: an index cut short" 1 "cut.idx is cut short: fewer texts than guides" -- "$cli" bundle "$tmp/cut.idx" -o "$tmp/cut.bundle"
{ head -2 "$tmp/seeds.idx"; echo '"---\ncompany: [\n---\n"'; tail -n +4 "$tmp/seeds.idx"; } >"$tmp/edited.idx"
expect "bundle: a guide that no longer reads" 1 "devops-engineer.md in .*edited.idx no longer reads as a guide; index it again" -- "$cli" bundle "$tmp/edited.idx" -o "$tmp/cut.bundle"
expect "bundle: nothing written from a cut index" 0 '^absent$' -- bash -c "test -e '$tmp/cut.bundle' && echo present || echo absent"
expect "validate: --jobs" 0 '^3 files checked: 0 errors in 0 files, 5 warnings$' -- "$cli" validate seeds --today 2026-11-22 --jobs 2

# The guides' own ask and floor (issue 13).
expect "asks: a block per guide" 0 '^  Paris \(EUR\), line 78$' -- "$cli" asks "$pm"
expect "asks: stated parts" 0 '^    ask:   base €98,000, stock €165,000, sign-on €8,000$' -- "$cli" asks "$pm"
expect "asks: an amount not read, with its reason" 0 '^  not read, line 76: \$200K — no part named$' -- "$cli" asks seeds
expect "asks: summary" 0 '^3 guides read, 3 state an ask or floor, 1 have amounts not read \(1 amounts\)$' -- "$cli" asks seeds
expect "asks: json, the model from the core at the band's bottom" 0 '^hugging-face/product-manager Paris 98000.0 99000.0 0.0102 True$' -- python3 -c "
import json, subprocess
g = json.loads(subprocess.run(['$cli', 'asks', '--json', '$pm'], capture_output=True, text=True).stdout)[0]
t = g['targets'][0]
print(g['id'], t['region'], t['ask']['base'], t['model']['ask']['base'], round(t['comparison']['differences']['ask']['base'], 4), t['comparison']['differs'])"
expect "asks: --parameters move the model" 0 '^True$' -- python3 -c "
import json, subprocess
g = json.loads(subprocess.run(['$cli', 'asks', '--json', '$pm', '--parameters', '{\"ask_base_position\": 0.5}'], capture_output=True, text=True).stdout)[0]
print(g['targets'][0]['comparison']['differs'])"
expect "asks: bad --parameters JSON" 2 '--parameters: not JSON' -- "$cli" asks "$pm" --parameters '{oops'
expect "asks: bad --parameters value" 2 '--parameters: parameters.ask_base_position' -- "$cli" asks "$pm" --parameters '{"ask_base_position": "high"}'
expect "asks: nothing named" 2 'name guide files or directories to read' -- "$cli" asks
expect "asks: missing path" 2 'no such file or directory: nowhere' -- "$cli" asks nowhere
expect "check: the guide's own figures, the answer and the band rule" 0 '^  floor base +€82,000 +€82,000 +€83,000 +1% *$' -- "${check[@]}" --region Paris --base 75000 --stock 95000
expect "check: figures more than 5% apart are marked" 0 'more than 5% apart' -- "${check[@]}" --region Paris --base 100000 --stock 95000
expect "check: json stated" 0 '^98000.0 True \[False, True\]$' -- bash -c "'${check[0]}' ${check[*]:1} --region Paris --base 75000 --stock 95000 --json | python3 -c 'import json,sys; s=json.load(sys.stdin)[\"stated\"]; print(s[\"ask\"][\"base\"], s[\"differs\"], [s[\"apart\"][\"ask\"][\"base\"], s[\"apart\"][\"ask\"][\"stock\"]])'"

# Equity as it is granted (issue 14): the issue's worked examples.
swe=seeds/huggingface-enterprise/software-engineer.md
eq=("$cli" check --guide "$swe" --region 'San Francisco' --today 2026-11-22 --base 150k --options 40,000 --strike 2 --share-price 10)
big='name=BigCo,base=170000,stock_per_year=60000'
# json_field EXPR ARGS...: the equity check with ARGS, its JSON read by the Python expression EXPR (of d).
json_field() {
  local expr=$1
  shift
  "${eq[@]}" "$@" --json | python3 -c "import json, sys; d = json.load(sys.stdin); print($expr)"
}
expect "equity: options worth \$320,000, \$80,000 in year 1" 0 '^80000.0 320000.0 options$' -- json_field 'd["years"][0]["stock_vested"], d["equity"]["four_year_value"], d["equity"]["kind"]'
expect "equity: 20% dilution" 0 'at a 1× exit after 20% dilution \(\$8 a share\), \$240,000 vests over four years' -- "${eq[@]}" --dilution 20
expect "equity: a 3x exit" 0 '\$1,120,000 vests over four years' -- "${eq[@]}" --exit-multiple 3
expect "equity: scenario table" 0 '^  10× +\$3,920,000 +\$4,520,000$' -- "${eq[@]}"
expect "decision: break-even at 1x" 0 'This offer beats BigCo only if the company exits above 1× today.s share price\.' -- "${eq[@]}" --competing "$big"
expect "decision: 1.25x with 20% dilution" 0 '^1.25 BigCo BigCo$' -- json_field 'd["decision"]["breakeven_exit_multiple"], d["decision"]["breakeven_compared_with"], d["decision"]["crossover_compared_with"]' --dilution 20 --competing "$big"
expect "raise: 5% on \$100,000" 0 '^100000.0 105000.0 115762.5$' -- bash -c "'$cli' check --guide $swe --region 'San Francisco' --base 100000 --raise 5 --json | python3 -c 'import json,sys; y=json.load(sys.stdin)[\"years\"]; print(y[0][\"base\"], y[1][\"base\"], round(y[3][\"base\"], 2))'"
expect "bonus payout" 0 '^8000.0$' -- bash -c "'$cli' check --guide $swe --region 'San Francisco' --base 100000 --bonus 10000 --bonus-payout 80 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[\"years\"][0][\"bonus\"])'"
expect "leave at month 11 under a 12-month cliff" 0 'Leaving after 11 months, before the 12-month cliff, vests nothing of the grant\.' -- "${eq[@]}" --vesting monthly --leave-after-months 11
expect "leave at month 18, monthly" 0 '^15000.0 0.375$' -- json_field 'd["if_you_leave"]["vested_stock"], d["if_you_leave"]["vested_fraction"]' --vesting monthly --leave-after-months 18
expect "quarterly with a 6-month cliff" 0 'quarterly vesting, 6-month cliff' -- "${eq[@]}" --vesting quarterly --cliff-months 6
expect "competing options in the spec" 0 'Startup +\$230,000' -- "$cli" check --guide "$swe" --region 'San Francisco' --base 170k --stock 240k --competing 'name=Startup,base=150000,options=40000,strike=2,share_price=10'
opts=("$cli" check --guide "$swe" --region 'San Francisco' --base 150k)
expect "bad: negative shares" 2 "--options: '-5' is not an amount: amounts must not be negative" -- "${opts[@]}" --options=-5 --share-price 10
expect "bad: strike below 0" 2 "--strike: '-1' is not an amount: amounts must not be negative" -- "${opts[@]}" --options 100 --strike=-1 --share-price 10
expect "bad: dilution of 100%" 2 '--dilution must be below 100%' -- "${eq[@]}" --dilution 100
expect "bad: options without a share price" 2 '--share-price is required with options' -- "$cli" check --guide "$swe" --region 'San Francisco' --base 150k --options 100
expect "bad: stock and options" 2 'give --stock \(a grant value\) or --options, not both' -- "${eq[@]}" --stock 1
expect "bad: cliff on yearly vesting" 2 '--cliff-months applies to monthly or quarterly vesting' -- "${eq[@]}" --cliff-months 6
expect "bad: exit multiple" 2 "--exit-multiple: 'big' is not a multiple" -- "${eq[@]}" --exit-multiple big
expect "bad: leave after" 2 "--leave-after-months: '1.5' is not a number of months" -- "${eq[@]}" --leave-after-months 1.5
expect "bad: competing dilution" 2 "competing offer 'S' dilution_pct must be below 100%" -- "$cli" check --guide "$swe" --region 'San Francisco' --base 1 --competing 'name=S,base=1,options=1,share_price=1,dilution_pct=100'

# One source for every yearly figure (issue 23): the totals are the year table's.
expect "totals: a 5/15/40/40 schedule with a sign-on, year one as the year table" 0 '^Offer totals: \$220,000 a year on average \(four years, sign-on aside\), \$230,000 in year one \(with sign-on\), \$930,000 over four years$' -- "$cli" check --guide "$swe" --region 'San Francisco' --base 170k --stock 200k --sign-on 50k --vesting 5/15/40/40
expect "totals: the year table says the same" 0 '^this offer +\$230,000 +\$200,000 +\$250,000 +\$250,000 +\$930,000 ' -- "$cli" check --guide "$swe" --region 'San Francisco' --base 170k --stock 200k --sign-on 50k --vesting 5/15/40/40
expect "totals: at a 3x exit, four years in totals and years agree" 0 '^1720000.0 1720000.0 430000.0 430000.0$' -- bash -c "'$cli' check --guide $swe --region 'San Francisco' --base 150k --options 40000 --strike 2 --share-price 10 --exit-multiple 3 --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d[\"totals\"][\"four_year\"], d[\"four_year_total\"], d[\"totals\"][\"year_one\"], d[\"years\"][0][\"total\"])'"
expect "asks: the answer with its sources, for an offer below every figure" 0 '^98000.0 guide 99000.0$' -- bash -c "'$cli' asks $pm --json | python3 -c 'import json,sys; t=json.load(sys.stdin)[0][\"targets\"][0][\"answer\"][\"ask\"]; print(t[\"base\"], t[\"sources\"][\"base\"], t[\"band_rule\"][\"base\"])'"

# Parts not entered, the risk-adjusted note, and scripts without fragments (issue 15).
expect "not entered: stock left out of the offer" 0 '^stock +not entered +€95,000 +€180,000 +— +not_entered$' -- "${check[@]}" --region Paris --base 75000
expect "not entered: a 0 typed keeps its position" 0 '^stock +€0 +€95,000 +€180,000 +€95,000 \(100%\) below the bottom of the band +below$' -- "${check[@]}" --region Paris --base 75000 --stock 0
expect "position: above the band in money and share of its top" 0 '^base +€150,000 +€75,000 +€102,000 +€48,000 \(47%\) above the top of the band +above$' -- "${check[@]}" --region Paris --base 150000
expect "position: inside the band as a share of it" 0 '^base +€95,000 +€75,000 +€102,000 +74% into the band +within$' -- "${check[@]}" --region Paris --base 95000
expect "position: outside in json" 0 "^48000.0 0.4706$" -- bash -c "'$cli' check --guide $pm --region Paris --base 150000 --json | python3 -c 'import json,sys; o=json.load(sys.stdin)[\"components\"][0][\"outside\"]; print(o[\"amount\"], round(o[\"fraction\"], 4))'"
expect "not entered: the ask says none was entered" 0 '^  stock \(4 yr\) +€[0-9,]+ +92% into the Paris stock band \(€[0-9,]+–€[0-9,]+\); no stock entered in your offer$' -- "$cli" check --guide seeds/huggingface-enterprise/software-engineer.md --region Paris --base 75000
expect "not entered: json" 0 "^None not_entered None \['stock'\] \['stock', 'bonus'\]$" -- bash -c "'$cli' check --guide $pm --region Paris --base 75000 --json | python3 -c 'import json,sys; c=json.load(sys.stdin)[\"components\"]; print(c[1][\"offer\"], c[1][\"status\"], c[1][\"position\"], c[1][\"not_entered\"], c[3][\"not_entered\"])'"
expect "risk note: names the pre-IPO offer" 0 '^Risk-adjusted counts the illiquid \(pre-IPO\) equity of this offer at 50% of its value\.$' -- "${check[@]}" --region Paris --base 75k --stock 95k --illiquid
expect "risk note: names a pre-IPO competing offer" 0 '^Risk-adjusted counts the illiquid \(pre-IPO\) equity of Mistral at 40% of its value\.$' -- "${check[@]}" --region Paris --base 75k --stock 95k --discount 60 --competing 'name=Google Paris,base=115k,stock_per_year=85k' --competing 'name=Mistral,base=90k,stock=120k,liquid=no'
expect "risk note: none in the table when nothing is discounted" 0 '^0$' -- bash -c "'$cli' check --guide $pm --region Paris --base 75k --stock 95k --competing 'name=Google Paris,base=115k,stock_per_year=85k' | grep -c Risk-adjusted || true"
expect "risk note: empty in JSON when nothing is discounted" 0 '^"" \[\]$' -- bash -c "'$cli' check --guide $pm --region Paris --base 75k --stock 95k --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(json.dumps(d[\"risk_note\"]), d[\"risk_note_parts\"][\"values\"])'"
expect "script: no fragment leaning on a sentence left out" 0 '^0 1$' -- bash -c 'out=$("$0" check --guide "$1" --region Paris --base 75k --script); echo "$(grep -c "That.s .935K" <<<"$out") $(grep -c "^3\. Competing Offer Framing (NYC): .I.m choosing HF for the product scope" <<<"$out")"' "$cli" "$pm"

# Offer letters (issue 15).
letters=tests/letter/letters
expect "read-letter --help" 0 'usage: offercheck read-letter' -- "$cli" read-letter --help
expect "read-letter: base with its sentence" 0 '^Base salary: \$165,000  \(line 5, column 47\)$' -- "$cli" read-letter "$letters/us-startup-options.txt"
expect "read-letter: the sentence quoted" 0 '^  "Your annual base salary will be \$165,000' -- "$cli" read-letter "$letters/us-startup-options.txt"
expect "read-letter: options and strike" 0 '^Strike price: \$2\.15' -- "$cli" read-letter "$letters/us-startup-options.txt"
expect "read-letter: from standard input" 0 '^Sign-on bonus: €5,000' -- bash -c "'$cli' read-letter - <$letters/eu-brutto.txt"
expect "read-letter: monthly salary noted" 0 '^  note: €6,200 a month × 12$' -- "$cli" read-letter "$letters/eu-monthly.txt"
expect "read-letter: what was not found" 0 '^not found: equity sign_on$' -- "$cli" read-letter "$letters/uk-per-annum.txt"
expect "read-letter: --currency for bare figures" 0 '^Base salary: CHF 120,000' -- bash -c "echo 'Your base salary will be 120,000 per year.' | '$cli' read-letter --currency CHF"
expect "read-letter: json" 0 '^base 182000 USD 5 / stock bonus_pct 15 / sign_on$' -- python3 -c "
import json, subprocess
d = json.loads(subprocess.run(['$cli', 'read-letter', '--json', '$letters/us-bigtech-rsu.txt'], capture_output=True, text=True).stdout)
b = d['found'][0]
print(b['field'], int(b['value']), b['currency'], b['line'], '/', ' '.join(i['field'] + (' %g' % i['value'] if i['field'] == 'bonus_pct' else '') for i in d['found'][1:3]), '/', ' '.join(i['field'] for i in d['found'][3:]))"
expect "read-letter: unreadable text names what was not found" 1 'could not find a base salary, equity .*sign-on bonus' -- "$cli" read-letter "$letters/unreadable.txt"
expect "read-letter: json error" 1 '"missing":\["base","equity","bonus","sign_on"\],"notes":\[\],"ok":false' -- "$cli" read-letter --json "$letters/unreadable.txt"
printf 'Base salary $100,000\0\377\376' >"$tmp/binary.txt"
expect "read-letter: binary" 1 'the letter is not text' -- "$cli" read-letter "$tmp/binary.txt"
expect "read-letter: too long" 1 'the letter is longer than 1 MB' -- "$cli" read-letter "$cli"
expect "read-letter: empty" 1 'could not find' -- bash -c "'$cli' read-letter </dev/null"
expect "read-letter: bad currency" 1 "currency: 'EURO' is not an ISO 4217 code" -- "$cli" read-letter --currency EURO "$letters/eu-brutto.txt"
expect "read-letter: missing file" 2 "cannot read 'nowhere.txt'" -- "$cli" read-letter nowhere.txt
expect "read-letter: two files" 2 'name one letter file' -- "$cli" read-letter a b
# Letters in French and German, every currency symbol, figures not read (issue 23).
expect "read-letter: French monthly pay over 13 months" 0 '^  note: €4,250 a month × 13 \(the letter says "sur 13 mois"\)$' -- "$cli" read-letter "$letters/fr-cdi-mensuel.txt"
expect "read-letter: French base, yearly" 0 '^Base salary: €55,250  \(line 5, column 44\)$' -- "$cli" read-letter "$letters/fr-cdi-mensuel.txt"
expect "read-letter: BSPCE and their strike" 0 '^Strike price: €1\.20  \(line 11' -- "$cli" read-letter "$letters/fr-cdi-mensuel.txt"
expect "read-letter: the letter's currency" 0 '^Currency: EUR$' -- "$cli" read-letter "$letters/fr-cdi-mensuel.txt"
expect "read-letter: a figure not read, with why" 0 '^not read: 9 €  \(line 13, column 64\): no part of the offer is named' -- "$cli" read-letter "$letters/fr-cdi-mensuel.txt"
expect "read-letter: German Zielbonus" 0 '^Bonus \(%\): 15%  \(line 7, column 12\)$' -- "$cli" read-letter "$letters/de-bruttomonatsgehalt.txt"
expect "read-letter: naira without --currency" 0 '^Base salary: ₦18,000,000' -- bash -c "echo 'Your annual base salary will be ₦18,000,000.' | '$cli' read-letter"
expect "read-letter: a letter in another currency than --currency" 0 '^Currency: NGN \(not USD, the --currency given' -- bash -c "echo 'Your annual base salary will be ₦18,000,000.' | '$cli' read-letter --currency usd"
expect "read-letter: a shared symbol named nowhere is not read" 1 '¥9,000,000 \(line 1\) is not read: ¥ is written for CNY or JPY' -- bash -c "echo 'Base salary: ¥9,000,000 per year.' | '$cli' read-letter"
expect "read-letter: json unread and currency" 0 '^EUR 1 9 € 13 64$' -- python3 -c "
import json, subprocess
d = json.loads(subprocess.run(['$cli', 'read-letter', '--json', '$letters/fr-cdi-mensuel.txt'], capture_output=True, text=True).stdout)
u = d['unread']
print(d['currency'], len(u), u[0]['text'], u[0]['line'], u[0]['column'])"
expect "read-letter: json error has unread and currency" 1 '"currency":null,"error":.*"notes":\[\],"ok":false,"unread":\[\]' -- "$cli" read-letter --json "$letters/unreadable.txt"

echo "cli: $passed passed, $failed failed"
[[ $failed == 0 ]]
