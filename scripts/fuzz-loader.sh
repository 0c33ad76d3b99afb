#!/usr/bin/env bash
# Fuzzes the dataset readers with libFuzzer and AddressSanitizer.
#
#   scripts/fuzz-loader.sh [SECONDS] [MODE]   # default 600 s (ten minutes), mode json
#   FUZZ_JOBS=1 scripts/fuzz-loader.sh 60 ttl # one process, one minute, Turtle
#
# MODE is json (kg's format: the JSON reader, the loader and the validator),
# nt (N-Triples and N-Quads) or ttl (Turtle): each input is read as a whole
# buffer, streamed in small chunks, and validated, and must never trap.
#
# Builds .build/fuzz/kg-fuzz-loader from the library modules it needs, each
# compiled with coverage and AddressSanitizer, plus Fuzz/LoaderFuzzTarget.swift;
# seeds a corpus from the malformed test corpus and the bundled dataset (json),
# or from the W3C test files (nt, ttl); then runs on all cores. Logs and
# crashing inputs land in fuzz-out/; make each one a test with its expected message.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
seconds="${1:-600}"
mode="${2:-json}"
jobs="${FUZZ_JOBS:-$(nproc)}"
out=.build/fuzz
modules="$out/modules"
mkdir -p "$modules/CMemoryHints" "$out/corpus-$mode" "$out/seeds-$mode" fuzz-out
flags=(-O -g -sanitize=fuzzer,address -parse-as-library -package-name kg -I "$modules" -I Sources/CZlib)

cat > "$modules/CMemoryHints/module.modulemap" <<MAP
module CMemoryHints {
  header "$PWD/Sources/CMemoryHints/include/CMemoryHints.h"
  export *
}
MAP

objects=()
for module in Parallel FileInput KnowledgeGraph JSONDataset RDF; do
  swiftc "${flags[@]}" -module-name "$module" -wmo -c \
    -emit-module -emit-module-path "$modules/$module.swiftmodule" \
    -o "$out/$module.o" $(find "Sources/$module" -name "*.swift") 2>&1 \
    | { grep -v "Cannot export local symbol" || true; }
  objects+=("$out/$module.o")
done
swiftc "${flags[@]}" -module-name FuzzTarget Fuzz/LoaderFuzzTarget.swift "${objects[@]}" -lz \
  -o "$out/kg-fuzz-loader" 2>&1 | { grep -v "Cannot export local symbol" || true; }

case "$mode" in
  json)
    cp Tests/JSONDatasetTests/Malformed/*.json data/kg.json "$out/seeds-$mode/"
    dictionary=Fuzz/json.dict ;;
  nt)
    cp Tests/RDFTests/W3C/rdf-n-triples/*.nt Tests/RDFTests/W3C/rdf-n-quads/*.nq "$out/seeds-$mode/"
    dictionary=Fuzz/rdf.dict ;;
  ttl)
    cp Tests/RDFTests/W3C/rdf-turtle/*.ttl "$out/seeds-$mode/"
    dictionary=Fuzz/rdf.dict ;;
  *) echo "fuzz-loader: unknown mode $mode (json, nt or ttl)" >&2; exit 2 ;;
esac

# Run inside fuzz-out/, where libFuzzer also writes its fuzz-N.log files.
cd fuzz-out
KG_FUZZ_MODE="$mode" "../$out/kg-fuzz-loader" "../$out/corpus-$mode" "../$out/seeds-$mode" \
  -dict="../$dictionary" -max_len=131072 -timeout=10 -rss_limit_mb=2048 \
  -max_total_time="$seconds" -artifact_prefix="./$mode-" \
  -print_final_stats=1 -jobs="$jobs" -workers="$jobs"
