import KnowledgeGraph

/// The second half of the mapping: with the whole file read, chooses each
/// entity's name, aliases, description, types and attributes, each
/// relation type's labels, and builds the graph.
struct GraphAssembly {
  static let unresolved = UInt32.max

  var mapper: GraphMapper
  let kinds: NodeKinds
  let labelGroups: RecordGroups
  let descriptionGroups: RecordGroups
  let attributeGroups: RecordGroups
  /// Rank of each language number; 0 is untagged.
  let languageRanks: [UInt8]
  var compacter: IRICompacter
  var entityOf: [UInt32]
  var scratch: [UInt8] = []
  var attributeKeys: [UInt64: StringRef] = [:]
  let defaultTitle: String

  init(_ mapper: GraphMapper, defaultTitle: String) {
    var mapper = mapper
    mapper.statements.mergeByNode()
    let kinds = NodeKinds(mapper)
    let nodeCount = mapper.nodes.count
    labelGroups = RecordGroups(nodes: mapper.labels.map(\.node), nodeCount: nodeCount)
    descriptionGroups = RecordGroups(nodes: mapper.descriptions.map(\.node), nodeCount: nodeCount)
    attributeGroups = RecordGroups(nodes: mapper.attributes.map(\.node), nodeCount: nodeCount)
    let preference = mapper.languages
    languageRanks =
      [preference.rank(of: "")]
      + (0..<mapper.languageTags.count).map { preference.rank(of: mapper.languageTags.key($0)) }
    compacter = IRICompacter(declared: mapper.declared)
    var next: UInt32 = 0
    entityOf = kinds.isExcluded.map { excluded in
      defer { if !excluded { next += 1 } }
      return excluded ? Self.unresolved : next
    }
    mapper.builder.ids = ByteStringTable(expectedCount: Int(next), keyLength: 24)
    self.kinds = kinds
    self.defaultTitle = defaultTitle
    self.mapper = mapper
  }

  mutating func build() -> Graph {
    let lists = ListExpansion(mapper)
    addEntities(listAttributes: lists.attributes)
    addRelations(lists: lists)
    let metadata = DatasetMetadata(
      title: datasetTitle(), description: datasetDescription(), sources: sources(),
      namespaces: compacter.namespacesInUse)
    return mapper.builder.build(metadata: metadata).graph
  }
}
