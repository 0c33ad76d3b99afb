/// Which relation types a traversal may walk, e.g. `kg path --via subsidiary_of`.
///
/// Kept as one flag per type index, so the hot loop of a path search tests a
/// type with a single array read instead of hashing.
public struct RelationTypeFilter: Hashable, Sendable {
  let allowed: [Bool]

  /// A filter that lets only the given types through.
  public init(allowing types: some Sequence<RelationTypeIndex>, in graph: Graph) {
    var allowed = Array(repeating: false, count: graph.relationTypes.count)
    for type in types { allowed[type.position] = true }
    self.allowed = allowed
  }

  /// Resolves names as a user types them: a type's key (`subsidiary_of`), its
  /// label (`subsidiary of`) or its inverse label, compared case-insensitively.
  public init(names: [String], in graph: Graph) throws(UnknownRelationType) {
    var types: [RelationTypeIndex] = []
    for name in names {
      let matches = Self.types(named: name, in: graph)
      guard !matches.isEmpty else {
        let vocabulary = graph.relationTypes.map(\.key)
        throw UnknownRelationType(
          name: name, suggestions: EditDistance.closest(to: name, in: vocabulary))
      }
      types += matches
    }
    self.init(allowing: types, in: graph)
  }

  /// What paths walk unless told otherwise: every type but the structural
  /// ones (`rdf:type`); nil, walking everything, when the graph has none.
  public static func forPaths(in graph: Graph) -> RelationTypeFilter? {
    guard graph.relationTypes.contains(where: \.isStructural) else { return nil }
    let types = graph.relationTypes.indices.filter { !graph.relationTypes[$0].isStructural }
    return RelationTypeFilter(allowing: types.map { RelationTypeIndex($0) }, in: graph)
  }

  public func allows(_ type: RelationTypeIndex) -> Bool { allowed[type.position] }

  /// The allowed types in index order, for echoing a query back in output.
  public var allowedTypes: [RelationTypeIndex] {
    allowed.indices.filter { allowed[$0] }.map { RelationTypeIndex($0) }
  }

  private static func types(named name: String, in graph: Graph) -> [RelationTypeIndex] {
    let wanted = name.lowercased()
    return graph.relationTypes.indices.filter { position in
      let type = graph.relationTypes[position]
      return [type.key, type.label, type.inverseLabel].contains { $0.lowercased() == wanted }
    }.map { RelationTypeIndex($0) }
  }
}
