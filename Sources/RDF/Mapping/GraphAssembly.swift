import KnowledgeGraph
import Parallel

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
  /// What each datatype number makes of a literal, less one (0 is none).
  let datatypeKinds: [NativeDatatype]
  var compacter: IRICompacter
  var entityOf: [UInt32]
  var scratch: [UInt8] = []
  /// The texts of the entity being added that are already its name or an alias.
  var keptTexts: [StringRef] = []
  var attributeKeys: [UInt64: StringRef] = [:]
  var sourceNumbers = OriginNumbers()
  let defaultTitle: String

  /// Finds the nodes that are not entities on one core while the other
  /// groups labels, descriptions and attributes by node.
  init(_ mapper: GraphMapper, defaultTitle: String) {
    var mapper = mapper
    mapper.statements.mergeByNode()
    let nodeCount = mapper.nodes.count
    let (kinds, groups) = ParallelWork.both(
      { NodeKinds(mapper) },
      {
        (
          labels: RecordGroups(nodes: mapper.labels.map(\.node), nodeCount: nodeCount),
          descriptions: RecordGroups(
            nodes: mapper.descriptions.map(\.node), nodeCount: nodeCount),
          attributes: RecordGroups(nodes: mapper.attributes.map(\.node), nodeCount: nodeCount)
        )
      })
    labelGroups = groups.labels
    descriptionGroups = groups.descriptions
    attributeGroups = groups.attributes
    let preference = mapper.languages
    languageRanks =
      [preference.rank(of: "")]
      + (0..<mapper.languageTags.count).map { preference.rank(of: mapper.languageTags.key($0)) }
    datatypeKinds = (0..<mapper.datatypes.count).map {
      NativeDatatype(iri: mapper.datatypes.key($0))
    }
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

  /// Adds the entities and the relations, then builds the graph.
  mutating func build() -> Graph {
    addEntitiesAndRelations()
    let metadata = DatasetMetadata(
      title: datasetTitle(), description: datasetDescription(), sources: sources(),
      namespaces: compacter.namespacesInUse)
    return mapper.builder.build(metadata: metadata).graph
  }

  /// Adds the entities on one core while the other indexes the reified
  /// statements for the relations' provenance and gathers the relations,
  /// then adds the relations. What was gathered is gone when this returns,
  /// so the builder is the only owner of the relation columns it took over.
  private mutating func addEntitiesAndRelations() {
    let lists = ListExpansion(mapper)
    let links = LinkColumns(mapper)
    let (statements, graphs) = (mapper.statements, mapper.linkGraph)
    let (entityOf, attributeGroups) = (self.entityOf, self.attributeGroups)
    let predicateCount = mapper.predicates.count
    let (_, provenance) = ParallelWork.both(
      { addEntities(listAttributes: lists.attributes) },
      {
        let index = ProvenanceIndex(statements)
        let records = index.records(describing: links)
        let gathered = GatheredRelations(
          links: links, graphs: graphs, entityOf: entityOf, lists: lists,
          statements: statements, statementOfLink: records, attributeGroups: attributeGroups,
          predicateCount: predicateCount)
        return (index: index, records: records, gathered: gathered)
      })
    if !addRelations(provenance.gathered) {
      addRelations(lists: lists, provenance: provenance.index, statementOfLink: provenance.records)
    }
  }
}
