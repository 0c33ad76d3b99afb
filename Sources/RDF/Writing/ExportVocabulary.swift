/// The shared vocabularies the export writes, and the prefixes Turtle
/// declares for them: the namespaces are the reader's (`RDFVocabulary`),
/// so what one writes the other reads.
enum ExportVocabulary {
  static let rdf = RDFVocabulary.rdf
  static let rdfs = RDFVocabulary.rdfs
  static let owl = RDFVocabulary.owl
  static let xsd = RDFVocabulary.xsd
  static let skos = RDFVocabulary.skos
  static let schema = RDFVocabulary.schema
  static let dcterms = RDFVocabulary.dcterms
  static let dcat = RDFVocabulary.dcat

  /// Standard prefixes in the order a Turtle export declares them.
  static let prefixes: [(prefix: String, iri: String)] = [
    ("rdf", rdf), ("rdfs", rdfs), ("owl", owl), ("xsd", xsd), ("skos", skos),
    ("schema", schema), ("dcterms", dcterms), ("dcat", dcat),
  ]

  static let rdfType = RDFVocabulary.type
}
