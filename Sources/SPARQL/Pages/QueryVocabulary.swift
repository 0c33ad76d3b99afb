import RDF

/// The predicates the queries name, as SPARQL text, from the same lists the
/// file mapping uses, so a page from an endpoint and one from a file agree.
enum QueryVocabulary {
  static let type = SPARQLText.iri(RDFVocabulary.type)
  static let inverseOf = SPARQLText.iri(RDFVocabulary.inverseOf)
  static let subject = SPARQLText.iri(RDFVocabulary.subject)
  static let object = SPARQLText.iri(RDFVocabulary.object)
  static let statement = SPARQLText.iri(RDFVocabulary.statement)

  /// Labels and alternative labels: what names an entity and what search matches.
  static let names = list(RDFVocabulary.labels + RDFVocabulary.alternativeLabels)
  /// The names as a `VALUES` block's terms, space-separated: `VALUES ?p`
  /// lets an endpoint read each predicate's triples from its index, where
  /// `FILTER(?p IN …)` has Oxigraph filter every triple.
  static let nameTerms = terms(RDFVocabulary.labels + RDFVocabulary.alternativeLabels)
  /// What search matches, as a file's index does: names, aliases and
  /// descriptions, as `VALUES` terms.
  static let searchedTerms = terms(
    RDFVocabulary.labels + RDFVocabulary.alternativeLabels + RDFVocabulary.descriptions)
  /// What a neighbour needs to show as a row: its names and its type.
  static let summary = list(
    RDFVocabulary.labels + RDFVocabulary.alternativeLabels + [RDFVocabulary.type])
  /// What a predicate needs to show as a heading: labels, inverse and symmetry.
  static let declaration = list(
    RDFVocabulary.labels + [RDFVocabulary.type, RDFVocabulary.inverseOf])
  /// What a search result needs: names, descriptions and types.
  static let card = list(
    RDFVocabulary.labels + RDFVocabulary.alternativeLabels + RDFVocabulary.descriptions
      + [RDFVocabulary.type])
  /// Reification: how provenance is attached, never a relation to walk.
  static let reification = list([
    RDFVocabulary.subject, RDFVocabulary.predicate, RDFVocabulary.object,
  ])
  /// What a path does not walk: reification, and `rdf:type`, through which
  /// everything is two hops from everything else.
  static let structural = reification + ", " + type

  /// Filters that leave out what the file mapping does not make an entity:
  /// provenance sources, the dataset node, and vocabulary declarations.
  static let onlyEntities = """
    FILTER NOT EXISTS { ?any \(SPARQLText.iri(RDFVocabulary.source)) ?s }
      FILTER NOT EXISTS { ?s \(type) ?class . FILTER(?class IN (\(list(RDFVocabulary.datasetClasses + RDFVocabulary.declarationClasses)))) }
      FILTER NOT EXISTS { ?s \(inverseOf) ?other } FILTER NOT EXISTS { ?other \(inverseOf) ?s }
    """

  static func list(_ iris: [String]) -> String {
    iris.map(SPARQLText.iri).joined(separator: ", ")
  }

  static func terms(_ iris: [String]) -> String {
    iris.map(SPARQLText.iri).joined(separator: " ")
  }
}
