import FileInput
import KnowledgeGraph
import RDF

/// Turns what queries returned (N-Triples from CONSTRUCT, plus triples kg
/// wrote itself) into a graph with the same mapping a file gets.
struct FragmentReader {
  let endpointName: String
  let options: RDFLoadOptions
  private(set) var bytes: [UInt8] = []
  private(set) var isPartial = false

  init(endpointName: String, options: RDFLoadOptions) {
    self.endpointName = endpointName
    self.options = options
  }

  mutating func append(_ answer: SPARQLGraphAnswer) {
    append(lines: answer.bytes[...])
    isPartial = isPartial || answer.isPartial
  }

  /// Adds N-Triples lines kg already holds, such as a label index's cards.
  mutating func append(lines: ArraySlice<UInt8>) {
    bytes += lines
    if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
  }

  /// Adds `<subject> <predicate> <object> .` for a triple known from a SELECT answer.
  mutating func appendTriple(_ subject: String, _ predicate: String, _ object: String) {
    for iri in [subject, predicate, object] {
      bytes += IRIEscaping.bracketed(iri)
      bytes.append(UInt8(ascii: " "))
    }
    bytes += Array(".\n".utf8)
  }

  /// The triples as a graph. They are read sorted and without repeats, so a
  /// page does not depend on the order an endpoint answers in, and a triple
  /// two answers share counts once.
  func graph() throws(EndpointFailure) -> Graph {
    let lines = Set(bytes.split(separator: UInt8(ascii: "\n"))).sorted {
      $0.lexicographicallyPrecedes($1)
    }
    let canonical = Array(lines.joined(separator: [UInt8(ascii: "\n")])) + [UInt8(ascii: "\n")]
    return try Self.graph(ofDistinctLines: canonical, endpointName: endpointName, options: options)
  }

  /// Lines already sorted and without repeats as a graph, for a caller that
  /// has them so (`CardLines`), which need not put its hundreds of
  /// thousands of lines through a set and a second sort.
  static func graph(
    ofDistinctLines lines: [UInt8], endpointName: String, options: RDFLoadOptions
  ) throws(EndpointFailure) -> Graph {
    do {
      return try RDFLoader.load(
        bytes: lines, name: endpointName, format: .nTriples, options: options)
    } catch {
      throw EndpointFailure("\(endpointName) sent triples kg cannot read: \(error.message)")
    }
  }
}
