import KnowledgeGraph

/// The prefixes a Turtle export declares, and the compaction of IRIs with them.
///
/// A graph read from RDF keeps its own prefixes first, so its ids read as
/// they did in the source; the standard vocabularies and kg's minted
/// namespaces follow under any prefix the graph has not taken. A namespace
/// whose prefix is not a valid `PN_PREFIX`, or whose IRI is not absolute, is
/// left out, and IRIs in it are written in full.
struct ExportPrefixes: Sendable {
  private(set) var entries: [(prefix: String, iri: [UInt8])] = []

  init(graph: Graph, base: String) {
    for namespace in graph.metadata.namespaces { add(namespace.prefix, namespace.iri) }
    for (prefix, iri) in ExportVocabulary.prefixes { add(prefix, iri) }
    for namespace in MintedNamespace.allCases {
      add(
        namespace.prefix,
        namespace == .vocabulary ? GraphIRIs.vocabularyBase : base + namespace.path)
    }
  }

  private mutating func add(_ prefix: String, _ iri: String) {
    guard TurtleCharacters.isPrefix(prefix), IRIScheme.isAbsolute(iri),
      !entries.contains(where: { $0.prefix == prefix })
    else { return }
    entries.append((prefix, Array(iri.utf8)))
  }

  /// The entry whose IRI is the longest start of `iri`, the first on a tie.
  func longestMatch(for iri: UnsafeBufferPointer<UInt8>) -> Int? {
    var best: Int?
    var bestLength = -1
    for (position, entry) in entries.enumerated()
    where entry.iri.count > bestLength && Self.starts(iri, with: entry.iri) {
      best = position
      bestLength = entry.iri.count
    }
    return best
  }

  /// Compares from the end: kg's namespaces share the base and differ last.
  private static func starts(_ iri: UnsafeBufferPointer<UInt8>, with start: [UInt8]) -> Bool {
    guard start.count <= iri.count else { return false }
    return start.withUnsafeBufferPointer { start in
      var index = start.count
      while index > 0 {
        index -= 1
        if start[index] != iri[index] { return false }
      }
      return true
    }
  }
}
