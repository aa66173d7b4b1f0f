#!/usr/bin/env bash
# The scripts run before scripts/setup: they name what is missing and exit 2,
# never fail without a word.
# Usage: tests/scripts_test.sh   (run from the repository root)
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

# A checkout where scripts/setup has not run: the scripts alone.
mkdir -p "$tmp/repo"
cp -r scripts "$tmp/repo/"

out=$("$tmp/repo/scripts/build" 2>&1)
status=$?
check() {  # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); printf 'FAIL %s; output:\n%s\n' "$name" "$out"; fi
}
check "build before setup exits 2" test "$status" = 2
check "it names yaml-cpp's source" grep -q "yaml-cpp's source in third_party/" <<<"$out"
check "it names md4c's source" grep -q "md4c's source in third_party/" <<<"$out"
check "it names the npm packages" grep -q "node_modules/esbuild" <<<"$out"
check "it says what to run" grep -q "run scripts/setup first" <<<"$out"
check "it stops before building anything" test ! -e "$tmp/repo/build"

# The native build alone needs md4c's source too (the core's Markdown parser).
out=$("$tmp/repo/scripts/build" --native-only 2>&1)
status=$?
check "a native build before setup exits 2" test "$status" = 2
check "it names md4c's source" grep -q "md4c's source in third_party/" <<<"$out"
check "it stops before building anything" test ! -e "$tmp/repo/build"

# So does calibration, which runs the CLI.
out=$("$tmp/repo/scripts/calibrate" 2>&1)
status=$?
check "calibrate before setup exits 2" test "$status" = 2
check "it names md4c's source" grep -q "md4c's source in third_party/" <<<"$out"
check "it stops before building anything" test ! -e "$tmp/repo/build"

echo "scripts: $passed passed, $failed failed"
[[ $failed == 0 ]]
