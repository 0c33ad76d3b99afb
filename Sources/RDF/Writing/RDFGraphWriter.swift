import KnowledgeGraph

/// Writes one selection of a graph as RDF, in the order: Turtle prefixes,
/// the dataset and its sources, relation type declarations, entity classes,
/// then each entity with its outgoing relations and, after it, the
/// provenance of those relations that have any (docs/rdf-export.md).
struct RDFGraphWriter {
  let graph: Graph
  let selection: GraphSelection
  let iris: GraphIRIs
  let terms: TermWriter
  let vocabulary: ExportTerms
  /// Each relation type's IRI as a predicate (`a` for `rdf:type` in Turtle), by type number.
  let relationPredicates: [[UInt8]]
  /// Each relation type's IRI as a subject or object, by type number.
  let relationTerms: [[UInt8]]
  /// Each entity type's class, by type number; empty for graphs read from RDF,
  /// whose `rdf:type` links are relations.
  let classTerms: [[UInt8]]
  let sourceTerms: [String: [UInt8]]
  /// `base` + `entity/`, which minted entity IRIs start with.
  let entityNamespace: [UInt8]
  var triples: TripleWriter
  var attributeTerms: [String: AttributeTerm] = [:]
  /// The term being written, reused from statement to statement.
  var term: [UInt8] = []
  /// A minted entity IRI before it is spelled, reused likewise.
  var iri: [UInt8] = []
  /// The current entity's relations that have provenance.
  var provenance: [Relation] = []

  init(graph: Graph, selection: GraphSelection, options: RDFExportOptions, syntax: ExportSyntax) {
    self.graph = graph
    self.selection = selection
    let iris = GraphIRIs(graph: graph, base: options.base)
    let terms = TermWriter(
      syntax: syntax, prefixes: ExportPrefixes(graph: graph, base: options.base))
    self.iris = iris
    self.terms = terms
    vocabulary = ExportTerms(terms: terms, iris: iris)
    let relationIRIs = graph.relationTypes.map { iris.relation($0.key) }
    relationPredicates = relationIRIs.map(terms.predicate)
    relationTerms = relationIRIs.map(terms.iri)
    classTerms = graph.hasIRIs ? [] : graph.entityTypes.map { terms.iri(iris.minted(.type, $0)) }
    sourceTerms = Dictionary(
      graph.metadata.sources.map { ($0.key, terms.iri(iris.source($0.key))) },
      uniquingKeysWith: { first, _ in first })
    entityNamespace = Array((options.base + MintedNamespace.entity.path).utf8)
    triples = TripleWriter(syntax: syntax)
  }

  mutating func write(to output: inout some TextOutputStream) {
    writePrefixes()
    writeDataset()
    writeRelationTypes()
    writeClasses()
    var cursor = 0
    for entity in selection.entities {
      writeEntity(entity, relationCursor: &cursor)
      triples.flush(to: &output, minimum: TripleWriter.chunkSize)
    }
    triples.endSubject()
    triples.flush(to: &output)
  }

  /// One statement whose object is a plain literal.
  mutating func addLiteral(_ predicate: [UInt8], _ text: String, suffix: [UInt8] = []) {
    term.removeAll(keepingCapacity: true)
    terms.appendLiteral(text, suffix: suffix, to: &term)
    triples.add(predicate, term)
  }
}
