import KnowledgeGraph

/// The IRI of each part of a graph: expanded from its own IRIs when it was
/// read from RDF, minted under the base IRI otherwise.
///
/// A minted IRI is the base, the namespace's path and the key
/// percent-encoded (see `IRIEscaping.appendPercentEncoded`), so distinct
/// keys get distinct IRIs and any key gets a valid one.
struct GraphIRIs: Sendable {
  let graph: Graph
  let base: String

  func minted(_ namespace: MintedNamespace, _ key: String) -> String {
    var bytes = Array((base + namespace.path).utf8)
    IRIEscaping.appendPercentEncoded(key, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The expansion of a compact or full IRI in a graph read from RDF; nil
  /// for any other graph, a blank node or an unknown prefix.
  func expanded(_ key: String) -> String? {
    graph.hasIRIs ? graph.expandedIRI(key) : nil
  }

  func relation(_ key: String) -> String { expanded(key) ?? minted(.relation, key) }

  func source(_ key: String) -> String { expanded(key) ?? minted(.source, key) }

  /// kg's own vocabulary, the same whatever the base, so that every export
  /// reads back with its provenance.
  static let vocabularyBase = RDFExportOptions.defaultBase + MintedNamespace.vocabulary.path

  /// A term of kg's own vocabulary, e.g. `kg:quote`.
  func vocabulary(_ name: String) -> String { Self.vocabularyBase + name }
}
