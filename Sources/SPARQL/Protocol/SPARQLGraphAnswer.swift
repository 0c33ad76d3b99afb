/// The answer to a CONSTRUCT or DESCRIBE query, as N-Triples text for kg's
/// own streaming reader (`RDFReader(format: .nTriples)`), which is much
/// faster than any JSON form of a graph.
public struct SPARQLGraphAnswer: Sendable, Equatable {
  /// The N-Triples document, as the endpoint sent it (after gzip decoding).
  public let bytes: [UInt8]
  /// The endpoint cut the answer short, as with `SPARQLResults.isPartial`.
  public let isPartial: Bool

  public init(bytes: [UInt8], isPartial: Bool) {
    self.bytes = bytes
    self.isPartial = isPartial
  }
}
