import RDF

/// The queries that fetch an endpoint's label index (`EndpointLabelIndex`):
/// every search result's card at once, so search can rank without `CONTAINS`.
extension PageQueries {
  /// How many card triples (names, aliases, descriptions, types) the
  /// endpoint holds, counting at most `cap + 1`, so that on a large
  /// endpoint the count stops early instead of scanning every label.
  static func cardCount(cap: Int) -> String {
    """
    SELECT (COUNT(*) AS ?n) WHERE {
      { SELECT DISTINCT ?s ?p ?o WHERE {
        { VALUES ?p { \(V.searchedTerms) } ?s ?p ?o }
        UNION { \(entityTypes) BIND(\(V.type) AS ?p) }
      } LIMIT \(cap + 1) }
    }
    """
  }

  /// Every card triple, a part at a time (names and aliases, descriptions,
  /// types), so each answer stays within the client's size limit: what
  /// `cards(of:)` fetches for a few entities, for all of them.
  static let allCards =
    [RDFVocabulary.labels + RDFVocabulary.alternativeLabels, RDFVocabulary.descriptions].map {
      "CONSTRUCT { ?s ?p ?o } WHERE { VALUES ?p { \(V.terms($0)) } ?s ?p ?o }"
    } + ["CONSTRUCT { ?s \(V.type) ?o } WHERE { \(entityTypes) }"]

  /// The `rdf:type` triples but those of reified statements, which are
  /// never search results: at 100k entities they are a third of the card
  /// triples and take two thirds of the time to send.
  private static let entityTypes =
    "?s \(V.type) ?o . FILTER(?o != \(SPARQLText.iri(RDFVocabulary.statement)))"

  /// The labels of every type, as `cards(of:)` fetches them for its entities' types.
  static let allTypeDeclarations = """
    CONSTRUCT { ?s ?p ?o } WHERE {
      { SELECT DISTINCT ?s WHERE { ?n \(V.type) ?s . FILTER(isIRI(?s)) } }
      ?s ?p ?o . FILTER(?p IN (\(V.declaration))) FILTER(!isBlank(?o))
    }
    """

  /// The resources `QueryVocabulary.onlyEntities` leaves out of search:
  /// provenance sources, dataset nodes, declarations and properties.
  static let nonEntities = """
    SELECT DISTINCT ?s WHERE {
      { ?any \(SPARQLText.iri(RDFVocabulary.source)) ?s }
      UNION { ?s \(V.type) ?class . VALUES ?class { \(V.terms(RDFVocabulary.datasetClasses + RDFVocabulary.declarationClasses)) } }
      UNION { ?s \(V.inverseOf) ?other } UNION { ?other \(V.inverseOf) ?s }
    }
    """
}
