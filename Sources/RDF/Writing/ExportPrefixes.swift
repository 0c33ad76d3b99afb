import KnowledgeGraph

/// The prefixes a Turtle export declares, and the compaction of IRIs with them.
///
/// A graph read from RDF keeps its own prefixes first, so its ids read as
/// they did in the source; the standard vocabularies and kg's minted
/// namespaces follow under any prefix the graph has not taken. A namespace
/// whose prefix is not a valid `PN_PREFIX` is left out, and IRIs in it are
/// written in full.
struct ExportPrefixes: Sendable {
  private(set) var entries: [(prefix: String, iri: [UInt8])] = []

  init(graph: Graph, base: String) {
    for namespace in graph.metadata.namespaces { add(namespace.prefix, namespace.iri) }
    for (prefix, iri) in ExportVocabulary.prefixes { add(prefix, iri) }
    for namespace in MintedNamespace.allCases { add(namespace.prefix, base + namespace.path) }
  }

  private mutating func add(_ prefix: String, _ iri: String) {
    guard TurtleCharacters.isPrefix(prefix), !entries.contains(where: { $0.prefix == prefix })
    else { return }
    entries.append((prefix, Array(iri.utf8)))
  }

  /// The entry whose IRI is the longest start of `iri`, the first on a tie.
  func longestMatch(for iri: UnsafeBufferPointer<UInt8>) -> Int? {
    var best: Int?
    for (position, entry) in entries.enumerated()
    where entry.iri.count <= iri.count && entry.iri.count > (best.map { entries[$0].iri.count } ?? -1)
      && iri.starts(with: entry.iri)
    {
      best = position
    }
    return best
  }
}
