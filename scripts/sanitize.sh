#!/usr/bin/env bash
# Runs the loader and parser tests under AddressSanitizer, then under
# UndefinedBehaviorSanitizer, each in its own build directory so the normal
# .build stays untouched.
#
#   scripts/sanitize.sh              # both sanitizers
#   scripts/sanitize.sh address      # one of them
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
suites="JSONParserTests|DatasetLoaderTests|DatasetFileTests|ValidatorTests|MalformedCorpusTests"
for sanitizer in "${@:-address undefined}"; do
  for name in $sanitizer; do
    echo "sanitize: $name"
    swift test --sanitize="$name" --scratch-path ".build-sanitize-$name" --filter "$suites"
  done
done
