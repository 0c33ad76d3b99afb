/// What a predicate means to the mapping: most predicates are relations or
/// attributes, a few give names, descriptions, types or structure.
enum PredicateRole: Equatable {
  /// A name candidate; lower ranks win.
  case label(rank: UInt8)
  /// Never the name, always an alias.
  case alternativeLabel
  case description(rank: UInt8)
  case type
  case inverseOf
  case listFirst
  case listRest
  /// `rdf:subject`, `rdf:predicate` or `rdf:object` of a reified statement.
  case statementPart(StatementPart)
  case provenanceSource
  case provenanceQuote
  case other

  init(iri: String) {
    if let rank = RDFVocabulary.labels.firstIndex(of: iri) {
      self = .label(rank: UInt8(rank))
    } else if RDFVocabulary.alternativeLabels.contains(iri) {
      self = .alternativeLabel
    } else if let rank = RDFVocabulary.descriptions.firstIndex(of: iri) {
      self = .description(rank: UInt8(rank))
    } else {
      self = Self.structural[iri] ?? .other
    }
  }

  private static let structural: [String: PredicateRole] = [
    RDFVocabulary.type: .type, RDFVocabulary.inverseOf: .inverseOf,
    RDFVocabulary.first: .listFirst, RDFVocabulary.rest: .listRest,
    RDFVocabulary.subject: .statementPart(.subject),
    RDFVocabulary.predicate: .statementPart(.predicate),
    RDFVocabulary.object: .statementPart(.object), RDFVocabulary.source: .provenanceSource,
    RDFVocabulary.quote: .provenanceQuote,
  ]
}
