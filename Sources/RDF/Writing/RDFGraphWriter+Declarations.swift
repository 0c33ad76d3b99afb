import KnowledgeGraph

/// What comes before the entities: prefixes, the dataset, relation types, classes.
extension RDFGraphWriter {
  mutating func writePrefixes() {
    guard terms.syntax == .turtle else { return }
    for entry in terms.prefixes.entries {
      var line = Array("@prefix \(entry.prefix): <".utf8)
      entry.iri.withUnsafeBufferPointer { IRIEscaping.appendReference($0, to: &line) }
      line.append(contentsOf: "> .\n".utf8)
      triples.appendRaw(line)
    }
    triples.appendRaw(Array("\n".utf8))
  }

  /// The dataset's own IRI is the base; it lists its sources with `dcterms:source`.
  mutating func writeDataset() {
    let metadata = graph.metadata
    triples.startSubject(terms.iri(iris.base))
    triples.add(vocabulary.type, vocabulary.dataset)
    addLiteral(vocabulary.title, metadata.title)
    if let description = metadata.description {
      addLiteral(vocabulary.datasetDescription, description)
    }
    let sources = selectedSources
    for source in sources { triples.add(vocabulary.datasetSource, sourceTerm(source.key)) }
    for source in sources { writeSource(source) }
  }

  /// The publication date and URL are free text in kg, so they stay literals
  /// (the URL typed `xsd:anyURI`) and read back exactly as written.
  private mutating func writeSource(_ source: Source) {
    triples.startSubject(sourceTerm(source.key))
    if let title = source.title { addLiteral(vocabulary.title, title) }
    if let publisher = source.publisher { addLiteral(vocabulary.publisher, publisher) }
    if let published = source.published { addLiteral(vocabulary.issued, published) }
    if let url = source.url { addLiteral(vocabulary.url, url, suffix: vocabulary.anyURISuffix) }
  }

  func sourceTerm(_ key: String) -> [UInt8] { sourceTerms[key] ?? terms.iri(iris.source(key)) }

  /// Every declared source for the whole graph; for a part, those its relations cite.
  private var selectedSources: [Source] {
    guard !selection.isWholeGraph else { return graph.metadata.sources }
    let cited = Set(selection.relations.compactMap { graph.relation($0).source })
    return graph.metadata.sources.filter { cited.contains($0.key) }
  }

  /// A declared type's predicate is an `rdf:Property` with its label; a
  /// symmetric one is also an `owl:SymmetricProperty`. An inverse label other
  /// than the one kg derives from the key goes on a minted inverse property.
  mutating func writeRelationTypes() {
    for position in selectedRelationTypes {
      let type = graph.relationTypes[position]
      let predicate = relationTerms[position]
      triples.startSubject(predicate)
      triples.add(vocabulary.type, vocabulary.property)
      if type.isSymmetric { triples.add(vocabulary.type, vocabulary.symmetricProperty) }
      addLiteral(vocabulary.label, type.label)
      guard !type.isSymmetric,
        type.inverseLabel != RelationType.undeclared(key: type.key).inverseLabel
      else { continue }
      triples.startSubject(terms.iri(iris.minted(.inverse, type.key)))
      triples.add(vocabulary.type, vocabulary.property)
      addLiteral(vocabulary.label, type.inverseLabel)
      triples.add(vocabulary.inverseOf, predicate)
    }
  }

  /// Declared types, by type number; for a part, only those its relations use.
  private var selectedRelationTypes: [Int] {
    let declared = graph.relationTypes.indices.filter { graph.relationTypes[$0].isDeclared }
    guard !selection.isWholeGraph else { return declared }
    let used = Set(selection.relations.map { graph.relation($0).type.position })
    return declared.filter(used.contains)
  }

  /// Each entity type used, once: an `rdfs:Class` labelled with the type's name.
  mutating func writeClasses() {
    guard !graph.hasIRIs else { return }
    var used = Array(repeating: false, count: graph.entityTypes.count)
    for entity in selection.entities { used[graph.typeIndex(of: entity)] = true }
    for (position, name) in graph.entityTypes.enumerated() where used[position] {
      triples.startSubject(classTerms[position])
      triples.add(vocabulary.type, vocabulary.rdfsClass)
      addLiteral(vocabulary.label, name)
    }
  }
}
