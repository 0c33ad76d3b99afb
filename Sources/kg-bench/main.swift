import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `kg-bench`: the benchmark suite. Run it in release mode:
/// `swift run -c release kg-bench --sizes 10k,100k,1M`.
func runBench() throws {
  let arguments = Array(CommandLine.arguments.dropFirst())
  if arguments.first == LoadSample.childFlag, arguments.count >= 2 {
    let sample = try LoadSample.measure(
      path: arguments[1], buildsIndex: arguments.dropFirst(2).first == LoadSample.indexFlag)
    print(String(decoding: try JSONEncoder().encode(sample), as: UTF8.self))
    return
  }
  let options = try BenchOptions(arguments: arguments)
  let sizes = try options.sizes.map { label in
    guard let dataset = BenchDataset(label: label) else { throw BenchError(BenchOptions.usage) }
    return dataset
  }
  let benchmarks = BenchmarkSuite.all.filter { options.only?.contains($0.name) ?? true }
  let suite = BenchmarkSuite(sizes: sizes, benchmarks: benchmarks, runs: options.runs)
  let figures = try suite.run {
    FileHandle.standardError.write(Data(("kg-bench: " + $0 + "\n").utf8))
  }
  print(BenchmarkSuite.table(figures, sizes: sizes.map(\.label) + ["bundled"]))
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
  try encoder.encode(figures).write(to: URL(fileURLWithPath: options.jsonPath))
  print("figures written to \(options.jsonPath)")
}

do {
  try runBench()
} catch {
  FileHandle.standardError.write(Data("kg-bench: \(error)\n".utf8))
  exit(2)
}
