#!/usr/bin/env bash
# Runs the loader and parser tests under AddressSanitizer, in its own build
# directory so the normal .build stays untouched.
#
#   scripts/sanitize.sh              # address
#   scripts/sanitize.sh thread       # or any sanitizer swiftc supports
#
# `undefined` is not offered: swiftc 6.3 on Linux rejects -sanitize=undefined
# for Swift code ("unsupported option"). Swift code checks overflow and bounds
# itself in debug builds, which the normal `swift test` run exercises.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
suites="JSONParserTests|DatasetLoaderTests|DatasetFileTests|ValidatorTests|MalformedCorpusTests"
for name in "${@:-address}"; do
  echo "sanitize: $name"
  swift test --sanitize="$name" --scratch-path ".build-sanitize-$name" --filter "$suites"
done
