#!/usr/bin/env bash
# Hostile guides: each ends in a clear error or a correct result within six
# seconds of CPU and 256 MB of memory (enforced with ulimit, not measured).
# The slowest command here took 0.83 s of CPU (2026-12-08, on this 2-core
# machine under a load of 6); six seconds is over five times that, and a
# renderer or scanner worse than linear would still take minutes.
# Among them CommonMark's pathological inputs as guide bodies, about 1 MB
# each, validated, indexed and bundled (every section rendered to HTML): a
# renderer or scanner worse than linear in its input would not finish in time.
# Usage: tests/hostile_guides_test.sh path/to/offercheck   (from the repository root)
set -u
cli=${1:?usage: hostile_guides_test.sh OFFERCHECK}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

python3 - "$tmp" <<'PY'
import sys, os
out = sys.argv[1]
def write(name, data, mode="w"):
    with open(os.path.join(out, name), mode) as f: f.write(data)
seed = open("seeds/hugging-face/product-manager.md", encoding="utf-8").read()
end = seed.index("\n---", 3) + 5
front, body = seed[:end], seed[end:]
write("big-body.md", front + body * (20 * 1024 * 1024 // len(body) + 1))
band = "  - region: R%d\n    base_low: 1000\n    base_high: 2000\n    currency: EUR\n"
write("big-front-matter.md", "---\ncompany: a\nrole: b\ncompensation:\n" +
      "".join(band % i for i in range(20 * 1024 * 1024 // len(band % 0))) + "---\nbody\n")
write("wide-front-matter.md", "---\ncompany: a\nrole: b\nx: [" + ",".join(["1"] * 130000) +
      "]\ncompensation:\n  - region: A\n    currency: EUR\n---\nbody\n")
write("deep.md", "---\ncompany: a\nrole: b\ncompensation: " + "[" * 100000 + "]" * 100000 + "\n---\n")
write("deep-block.md", "---\ncompany: a\nrole: b\ncompensation:\n" + "".join(" " * i + "- \n" for i in range(1, 5000)) + "---\n")
bomb = "---\ncompany: a\nrole: b\na0: &a0 [x,x,x,x,x,x,x,x,x,x]\n"
for k in range(1, 60):
    bomb += "a%d: &a%d [%s]\n" % (k, k, ",".join(["*a%d" % (k - 1)] * 10))
write("alias-bomb.md", bomb + "compensation: *a59\ndata_sources: *a59\nlevel_mapping: {raw: *a59}\n---\n")
write("alias-cycle.md", "---\ncompany: &c a\nrole: *c\ncompensation: &l [*l]\n---\n")
write("invalid-utf8.md", front.encode() + b"\xc3\x28 body\n", "wb")
write("nul.md", front.encode() + b"body \x00 more\n", "wb")
write("crlf-bom.md", b"\xef\xbb\xbf" + seed.replace("\n", "\r\n").encode(), "wb")
write("number-1e309.md", front.replace("base_low: 75000", "base_low: 1e309") + body)
write("binary.md", bytes(range(256)) * 100, "wb")
# CommonMark's pathological inputs (cmark's and md4c's test/pathological_tests.py),
# scaled to about 1 MB, and the renderer's own worst cases.
pathological = {
    "nested-strong-emph": "*a **a " * 70000 + "b" + " a** a*" * 70000,
    "emph-closers": "a_ " * 350000,
    "emph-openers": "_a " * 350000,
    "3-emph-openers": "a***" * 260000,
    "link-closers": "a]" * 500000,
    "link-openers": "[a" * 500000,
    "mismatched-emph": "*a_ " * 260000,
    "emph-multiple-of-3": "a**b" + "c* " * 350000,
    "link-openers-emph-closers": "[ a_" * 260000,
    "nested-brackets": "[" * 500000 + "a" + "]" * 500000,
    "nested-block-quotes": "> " * 500000 + "a",
    "deeply-nested-lists": "".join("  " * x + "* a\n" for x in range(1000)),
    "backticks": "".join("e" + "`" * x for x in range(1, 1400)),
    "unclosed-links-a": "[a](<b" * 170000,
    "unclosed-links-b": "[a](b" * 200000,
    "many-references": "".join("[%d]: u\n" % x for x in range(1, 80000)) + "[0] " * 50000,
    "html-openers": "<>" * 500000,
    "processing-instructions": "x" + "<?" * 500000,
    "cdata-openers": "x" + "<![CDATA[" * 110000,
    "backticks-and-escapes": "\\``" * 350000,
    "broken-link-titles": "[ (](" * 200000,
    "broken-thematic-break": "* " * 500000 + "a",
    "many-links": "[t](https://u) " * 70000,
    "many-autolinks": "<https://a.b/c> " * 65000,
    "nested-links": "[" * 50000 + "a" + "](https://x.org)" * 50000,
    "entities": "&amp;&#1234;&#x10FFFF;&bogus;" * 35000,
    "wide-table": "|h" * 50000 + "\n" + "|---" * 50000 + "\n" + "x\n" * 200000,
    "labels": "**Label:** text\n\n" * 60000,
    "headings": "### Title\n" * 100000,
    "setext-headings": "Title\n===\n" * 100000,
    "deep-indented-lists": "".join(" " * (3 * x) + "1. x\n" for x in range(800)),
}
for name, text in pathological.items():
    write("pathological-%s.md" % name, front + "\n" + text + "\n")
PY

# expect NAME STATUS PATTERN FILE
expect() {
  local name=$1 status=$2 pattern=$3 file=$4 out actual
  [[ $file == */* ]] || file=$tmp/$file
  out=$( (ulimit -v 262144; ulimit -t 6; "$cli" validate --today 2026-11-22 "$file") 2>&1)
  actual=$?
  if [[ $actual == "$status" ]] && grep -Eq -- "$pattern" <<<"$out"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    printf 'FAIL %s: exit %s (want %s), output:\n%s\n\n' "$name" "$actual" "$status" "$(head -c 2000 <<<"$out")"
  fi
}

expect "a 20 MB guide body" 0 '^1 file checked: 0 errors' big-body.md
expect "a 20 MB front matter" 1 'error: the front matter is [0-9]+ KiB; a guide.s front matter is at most 256 KiB \[front_matter_too_large\]' big-front-matter.md
expect "a wide front matter" 0 'warning: unknown field .x. is ignored' wide-front-matter.md
expect "nesting 100,000 deep" 1 'deep.md:4:[0-9]+: error: the front matter is nested too deeply' deep.md
expect "block nesting" 1 'error:' deep-block.md
expect "an alias expansion bomb" 1 'alias-bomb.md:[0-9]+:[0-9]+: error: compensation\[0\]: expected a region.s band' alias-bomb.md
expect "an alias cycle" 1 'alias-cycle.md:[0-9]+:[0-9]+: error: compensation\[0\]: expected a region.s band' alias-cycle.md
expect "invalid UTF-8" 1 'invalid-utf8.md:[0-9]+:[0-9]+: error: invalid UTF-8' invalid-utf8.md
expect "a NUL byte" 1 'nul.md:[0-9]+:6: error: the file contains a NUL byte' nul.md
expect "CRLF and a BOM" 0 '^1 file checked: 0 errors' crlf-bom.md
expect "1e309" 1 'error: compensation\[0\] \(Paris\)\.base_low: 1e309 is too large to be a finite number' number-1e309.md
expect "binary data" 1 'binary.md:1:1: error: the file contains a NUL byte' binary.md
expect "every field of the wrong type" 1 'error: company: expected text, got a list' tests/fuzz_regressions/guide/every-field-wrong-type.md
expect "markup in every text field" 0 '^1 file checked: 0 errors' tests/fuzz_regressions/guide/xss-everywhere.md

# expect_rendered NAME FILE: the guide validates, indexes and bundles (each of
# its sections rendered to HTML), each command within the limits.
expect_rendered() {
  local name=$1 file=$tmp/$2 out actual
  out=$( (ulimit -v 262144; ulimit -t 6
          "$cli" validate --today 2026-11-22 "$file" && "$cli" index "$file" -o "$file.idx" --jobs 1 &&
            "$cli" bundle "$file.idx" -o "$file.bundle" --jobs 1) 2>&1)
  actual=$?
  if [[ $actual == 0 ]] && grep -q '^1 guides bundled' <<<"$out"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    printf 'FAIL %s: exit %s (want 0), output:\n%s\n\n' "$name" "$actual" "$(head -c 2000 <<<"$out")"
  fi
}

for file in "$tmp"/pathological-*.md; do
  name=${file##*/pathological-}
  expect_rendered "pathological Markdown: ${name%.md}" "${file##*/}"
done

echo "hostile guides: $passed passed, $failed failed"
[[ $failed == 0 ]]
