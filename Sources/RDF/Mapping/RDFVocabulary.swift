import KnowledgeGraph

/// The IRIs whose meaning the mapping from triples to entities depends on,
/// and the well-known prefixes used to compact IRIs a file declares no
/// prefix for.
enum RDFVocabulary {
  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
  static let owl = "http://www.w3.org/2002/07/owl#"
  static let xsd = "http://www.w3.org/2001/XMLSchema#"
  static let skos = "http://www.w3.org/2004/02/skos/core#"
  static let schema = "https://schema.org/"
  static let schemaHTTP = "http://schema.org/"
  static let dcterms = "http://purl.org/dc/terms/"
  static let dc = "http://purl.org/dc/elements/1.1/"
  static let foaf = "http://xmlns.com/foaf/0.1/"
  static let dbo = "http://dbpedia.org/ontology/"
  static let dcat = "http://www.w3.org/ns/dcat#"
  /// kg's own terms for relation provenance in reified statements; fixed,
  /// whatever base an export used, so any export reads back.
  static let kg = "https://kg.invalid/vocab/"

  static let type = rdf + "type"
  static let first = rdf + "first"
  static let rest = rdf + "rest"
  static let emptyList = rdf + "nil"
  static let statement = rdf + "Statement"
  static let subject = rdf + "subject"
  static let predicate = rdf + "predicate"
  static let object = rdf + "object"
  static let inverseOf = owl + "inverseOf"
  static let symmetricProperty = owl + "SymmetricProperty"
  static let source = kg + "source"
  static let quote = kg + "quote"

  /// Label predicates, best first: the name is taken from the first that has a value.
  static let labels = [
    rdfs + "label", skos + "prefLabel", schema + "name", schemaHTTP + "name", foaf + "name",
    dcterms + "title", dc + "title",
  ]
  static let alternativeLabels = [skos + "altLabel", schema + "alternateName"]
  /// Description predicates, best first.
  static let descriptions = [
    schema + "description", schemaHTTP + "description", rdfs + "comment", skos + "definition",
    dcterms + "description", dbo + "abstract",
  ]

  /// Datatypes whose values read as JSON numbers and booleans in the model.
  static let integer = xsd + "integer"
  static let decimal = xsd + "decimal"
  static let double = xsd + "double"
  static let boolean = xsd + "boolean"

  /// Prefixes for IRIs that a file leaves unprefixed: what Wikidata, DBpedia
  /// and the common vocabularies publish under.
  static let wellKnownNamespaces: [Namespace] = [
    ("rdf", rdf), ("rdfs", rdfs), ("owl", owl), ("xsd", xsd), ("skos", skos), ("schema", schema),
    ("dcterms", dcterms), ("dc", dc), ("foaf", foaf), ("prov", "http://www.w3.org/ns/prov#"),
    ("wd", "http://www.wikidata.org/entity/"), ("wdt", "http://www.wikidata.org/prop/direct/"),
    ("p", "http://www.wikidata.org/prop/"), ("ps", "http://www.wikidata.org/prop/statement/"),
    ("pq", "http://www.wikidata.org/prop/qualifier/"),
    ("wikibase", "http://wikiba.se/ontology#"), ("dbr", "http://dbpedia.org/resource/"),
    ("dbo", dbo), ("dbp", "http://dbpedia.org/property/"),
    ("geo", "http://www.opengis.net/ont/geosparql#"), ("kg", kg),
  ].map { Namespace(prefix: $0.0, iri: $0.1) }
}
