import RDF
import Testing

/// Reads text with a reader into a ``RecordingSink``, through the whole-buffer path or, with a
/// chunk size, through the streaming path, or with a window, a window at a time.
enum Parsing {
  static func statements(
    _ text: String, _ format: RDFFormat, base: String? = nil, chunkSize: Int? = nil
  ) throws -> [RecordedStatement] {
    try record(Array(text.utf8), format, base: base, chunkSize: chunkSize).statements
  }

  static func record(
    _ bytes: [UInt8], _ format: RDFFormat, base: String? = nil, chunkSize: Int? = nil,
    window: Int? = nil, errorLimit: Int = 1
  ) throws -> RecordingSink {
    var sink = RecordingSink()
    let reader = RDFReader(format: format, baseIRI: base, errorLimit: errorLimit)
    if let window {
      try bytes.withUnsafeBytes { try reader.read($0, window: window, into: &sink) { _, _ in } }
    } else if let chunkSize {
      var source = MemoryByteSource(bytes, chunkSize: chunkSize)
      try reader.read(from: &source, into: &sink)
    } else {
      try bytes.withUnsafeBytes { try reader.read($0, into: &sink) }
    }
    return sink
  }

  /// The first error's `line:column: message`, or nil when the text parses.
  static func error(_ text: String, _ format: RDFFormat, base: String? = nil) -> String? {
    do {
      _ = try statements(text, format, base: base)
      return nil
    } catch {
      return "\(error)"
    }
  }

  /// Reads every W3C input of `suite` that parses, whole and then with
  /// `read` at each of `sizes`, and expects the same statements and
  /// prefixes; returns how many inputs were compared.
  static func compareWithWholeReads(
    suite: String, sizes: [Int], unit: String,
    read: ([UInt8], RDFFormat, String, Int) throws -> RecordingSink
  ) throws -> Int {
    let format: RDFFormat = ["rdf-n-triples": .nTriples, "rdf-n-quads": .nQuads][suite] ?? .turtle
    var compared = 0
    for test in W3CManifest.tests(suite)
    where test.type.contains("Positive") || test.type.hasSuffix("Eval") {
      let input = try W3CManifest.bytes(suite, test.actionFile)
      let whole = try record(input, format, base: test.action)
      for size in sizes {
        let other = try read(input, format, test.action, size)
        #expect(other.statements == whole.statements, "\(test.name) in \(unit) of \(size)")
        #expect(other.prefixes.map(\.namespace) == whole.prefixes.map(\.namespace))
      }
      compared += 1
    }
    return compared
  }
}
