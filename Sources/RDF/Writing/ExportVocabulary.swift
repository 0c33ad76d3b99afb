/// The shared vocabularies the export writes, and the prefixes Turtle
/// declares for them.
enum ExportVocabulary {
  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
  static let owl = "http://www.w3.org/2002/07/owl#"
  static let xsd = "http://www.w3.org/2001/XMLSchema#"
  static let skos = "http://www.w3.org/2004/02/skos/core#"
  static let schema = "https://schema.org/"
  static let dcterms = "http://purl.org/dc/terms/"
  static let dcat = "http://www.w3.org/ns/dcat#"

  /// Standard prefixes in the order a Turtle export declares them.
  static let prefixes: [(prefix: String, iri: String)] = [
    ("rdf", rdf), ("rdfs", rdfs), ("owl", owl), ("xsd", xsd), ("skos", skos),
    ("schema", schema), ("dcterms", dcterms), ("dcat", dcat),
  ]

  static let rdfType = rdf + "type"
}
