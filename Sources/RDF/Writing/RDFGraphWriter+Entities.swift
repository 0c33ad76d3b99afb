import KnowledgeGraph

/// Entities, their relations, attributes and the provenance of relations.
extension RDFGraphWriter {
  /// An entity's statements, then those of its relations' provenance.
  /// `selection.relations` lists relations by source entity in the order of
  /// `selection.entities`, so the entity's relations start at `relationCursor`.
  mutating func writeEntity(_ entity: EntityIndex, relationCursor cursor: inout Int) {
    spellEntity(entity)
    let subject = term
    triples.startSubject(subject)
    if !graph.hasIRIs { triples.add(vocabulary.type, classTerms[graph.typeIndex(of: entity)]) }
    addLiteral(vocabulary.label, graph.name(of: entity))
    for alias in graph.aliases(of: entity) { addLiteral(vocabulary.altLabel, alias) }
    if let description = graph.description(of: entity) {
      addLiteral(vocabulary.description, description)
    }
    for attribute in graph.attributes(of: entity) { addAttribute(attribute) }
    provenance.removeAll(keepingCapacity: true)
    while cursor < selection.relations.count {
      let relation = graph.relation(selection.relations[cursor])
      guard relation.from == entity else { break }
      spellEntity(relation.to)
      triples.add(relationPredicates[relation.type.position], term)
      if relation.source != nil || relation.quote != nil || !relation.attributes.isEmpty {
        provenance.append(relation)
      }
      cursor += 1
    }
    for relation in provenance { writeProvenance(of: relation, subject: subject) }
  }

  /// RDF 1.1 reification: a blank node that is an `rdf:Statement` of the
  /// relation's triple, carrying its source, quote and attributes.
  private mutating func writeProvenance(of relation: Relation, subject: [UInt8]) {
    term.removeAll(keepingCapacity: true)
    BlankNodeLabels.appendStatement(number: relation.index.rawValue, to: &term)
    triples.startSubject(term)
    triples.add(vocabulary.type, vocabulary.statement)
    triples.add(vocabulary.subject, subject)
    triples.add(vocabulary.predicate, relationTerms[relation.type.position])
    spellEntity(relation.to)
    triples.add(vocabulary.object, term)
    if let source = relation.source { triples.add(vocabulary.source, sourceTerm(source)) }
    if let quote = relation.quote { addLiteral(vocabulary.quote, quote) }
    for attribute in relation.attributes { addAttribute(attribute) }
  }

  /// Puts the entity's IRI or blank node into `term`.
  private mutating func spellEntity(_ entity: EntityIndex) {
    term.removeAll(keepingCapacity: true)
    guard graph.hasIRIs else {
      return graph.strings.withBytes(of: graph.entities.ids[entity.position]) { spellMinted($0) }
    }
    let id = graph.id(of: entity)
    if id.hasPrefix("_:") {
      return ScalarDecoding.withUTF8(id) {
        BlankNodeLabels.appendEntity(label: UnsafeBufferPointer(rebasing: $0[2...]), to: &term)
      }
    }
    guard let expanded = iris.expanded(id) else {
      return ScalarDecoding.withUTF8(id) { spellMinted($0) }
    }
    terms.appendIRI(expanded, to: &term)
  }

  /// An entity IRI minted from the id's bytes, read in place for graphs
  /// with plain ids, where this runs for every entity and relation.
  private mutating func spellMinted(_ id: UnsafeBufferPointer<UInt8>) {
    iri.removeAll(keepingCapacity: true)
    iri.append(contentsOf: entityNamespace)
    IRIEscaping.appendPercentEncoded(id, to: &iri)
    iri.withUnsafeBufferPointer { terms.appendIRI($0, to: &term) }
  }

  /// One statement per value; an array's elements each get their own.
  mutating func addAttribute(_ attribute: Attribute) {
    let resolved = attributeTerm(for: attribute.key)
    addValue(attribute.value, as: resolved)
  }

  private mutating func addValue(_ value: AttributeValue, as attribute: AttributeTerm) {
    term.removeAll(keepingCapacity: true)
    switch (value, attribute.suffix) {
    case (.array(let elements), _):
      for element in elements { addValue(element, as: attribute) }
      return
    case (_, let suffix?): terms.appendLiteral(value.displayText, suffix: suffix, to: &term)
    case (.string(let text), nil): terms.appendLiteral(text, to: &term)
    case (.number(let lexical), nil): terms.appendNumber(lexical, to: &term)
    case (.bool(let flag), nil): terms.appendBool(flag, to: &term)
    }
    triples.add(attribute.predicate, term)
  }

  private mutating func attributeTerm(for key: String) -> AttributeTerm {
    if let known = attributeTerms[key] { return known }
    let resolved = AttributeTerm(key: key, iris: iris, terms: terms)
    attributeTerms[key] = resolved
    return resolved
  }
}
