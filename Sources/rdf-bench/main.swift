import Foundation
import RDF

// rdf-bench [triples] [directory] [name filter]: writes synthetic N-Triples and Turtle with that many
// triples (default 1,000,000) to the directory (default /tmp/rdf-bench) unless present, then
// times reading them with a counting sink, median of 5 runs.

let arguments = CommandLine.arguments
let triples = arguments.count > 1 ? Int(arguments[1]) ?? 1_000_000 : 1_000_000
let directory = URL(fileURLWithPath: arguments.count > 2 ? arguments[2] : "/tmp/rdf-bench")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
let ntURL = directory.appendingPathComponent("synthetic-\(triples).nt")
let ttlURL = directory.appendingPathComponent("synthetic-\(triples).ttl")
if !FileManager.default.fileExists(atPath: ttlURL.path) {
  try SyntheticData.write(triples: triples, nTriples: ntURL, turtle: ttlURL)
}

func readMapped(_ url: URL, _ format: RDFFormat) throws -> Int {
  var sink = CountingSink()
  let file = try MappedFile(path: url.path)
  try RDFReader(format: format).read(file.bytes, into: &sink)
  return sink.statements
}

func readStreamed(_ url: URL, _ format: RDFFormat) throws -> Int {
  var sink = CountingSink()
  var source = try FileByteSource(path: url.path)
  try RDFReader(format: format).read(from: &source, into: &sink)
  return sink.statements
}

/// N-Triples on two threads, each reading a line-aligned half of the mapped file.
func readParallel(_ url: URL) throws -> Int {
  let file = try MappedFile(path: url.path)
  let ranges = RDFReader.lineAlignedRanges(of: file.bytes, parts: 2)
  let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: ranges.count)
  defer { counts.deallocate() }
  nonisolated(unsafe) let shared = (file, counts)
  DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
    var sink = CountingSink()
    try? RDFReader(format: .nTriples).read(shared.0.bytes, range: ranges[index], into: &sink)
    shared.1[index] = sink.statements
  }
  return counts.reduce(0, +)
}

/// Turtle on two threads, each reading a part cut at a likely statement boundary; a split
/// whose parts do not join up is read again whole, as the loader would.
func readTurtleParallel(_ url: URL) throws -> Int {
  let file = try MappedFile(path: url.path)
  let reader = RDFReader(format: .turtle)
  let parts = reader.turtleParts(of: file.bytes, count: 2)
  let outcomes = UnsafeMutableBufferPointer<TurtlePartOutcome>.allocate(capacity: parts.count)
  let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: parts.count)
  defer {
    _ = outcomes.deinitialize()
    outcomes.deallocate()
    counts.deallocate()
  }
  nonisolated(unsafe) let shared = (file, outcomes, counts)
  DispatchQueue.concurrentPerform(iterations: parts.count) { index in
    var sink = CountingSink()
    (shared.1.baseAddress! + index).initialize(
      to: reader.read(shared.0.bytes, part: parts[index], into: &sink))
    shared.2[index] = sink.statements
  }
  guard try RDFReader.check(parts, Array(outcomes)) == .valid else {
    return try readMapped(url, .turtle)
  }
  return counts.reduce(0, +)
}

func size(_ url: URL) throws -> Int {
  try FileManager.default.attributesOfItem(atPath: url.path)[.size] as! Int
}

let ntBytes = try size(ntURL)
let ttlBytes = try size(ttlURL)
for benchmark in [
  Benchmark(name: "N-Triples, mapped", bytes: ntBytes) { try readMapped(ntURL, .nTriples) },
  Benchmark(name: "N-Triples, mapped, 2 threads", bytes: ntBytes) { try readParallel(ntURL) },
  Benchmark(name: "N-Triples, streamed (read)", bytes: ntBytes) {
    try readStreamed(ntURL, .nTriples)
  },
  Benchmark(name: "Turtle, mapped", bytes: ttlBytes) { try readMapped(ttlURL, .turtle) },
  Benchmark(name: "Turtle, mapped, 2 threads", bytes: ttlBytes) {
    try readTurtleParallel(ttlURL)
  },
  Benchmark(name: "Turtle, streamed (read)", bytes: ttlBytes) { try readStreamed(ttlURL, .turtle) },
] where arguments.count < 4 || benchmark.name.contains(arguments[3]) {
  try benchmark.report(runs: 5)
}
