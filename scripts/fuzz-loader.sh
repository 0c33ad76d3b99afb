#!/usr/bin/env bash
# Fuzzes the dataset loader with libFuzzer and AddressSanitizer.
#
#   scripts/fuzz-loader.sh [SECONDS]     # default 600 (ten minutes)
#   FUZZ_JOBS=1 scripts/fuzz-loader.sh 60  # one process, one minute
#
# Builds .build/fuzz/kg-fuzz-loader from Sources/KnowledgeGraph plus
# Fuzz/LoaderFuzzTarget.swift, seeds a corpus from the malformed test corpus,
# the bundled dataset and the benchmark's smallest generated file when present,
# then runs on all cores. Logs and crashing inputs land in fuzz-out/; make each one a
# file in Tests/KnowledgeGraphTests/Malformed/ with its expected message.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
seconds="${1:-600}"
jobs="${FUZZ_JOBS:-$(nproc)}"
out=.build/fuzz
mkdir -p "$out/corpus" "$out/seeds" fuzz-out

swiftc -parse-as-library -module-name KnowledgeGraph -O -g \
  -sanitize=fuzzer,address \
  $(find Sources/KnowledgeGraph -name "*.swift") Fuzz/LoaderFuzzTarget.swift \
  -o "$out/kg-fuzz-loader" 2>&1 | { grep -v "Cannot export local symbol" || true; }

cp Tests/KnowledgeGraphTests/Malformed/*.json data/kg.json "$out/seeds/"
small=Benchmarks/.cache/kg-10000-seed20240917.json
[ -f "$small" ] && head -c 60000 "$small" > "$out/seeds/generated-prefix.json"

# Run inside fuzz-out/, where libFuzzer also writes its fuzz-N.log files.
cd fuzz-out
"../$out/kg-fuzz-loader" "../$out/corpus" "../$out/seeds" \
  -dict=../Fuzz/json.dict -max_len=131072 -timeout=10 -rss_limit_mb=2048 \
  -max_total_time="$seconds" -artifact_prefix=./ \
  -print_final_stats=1 -jobs="$jobs" -workers="$jobs"
