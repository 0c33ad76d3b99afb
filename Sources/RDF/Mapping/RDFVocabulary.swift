import KnowledgeGraph

/// The IRIs whose meaning the mapping from triples to entities depends on,
/// and the well-known prefixes used to compact IRIs a file declares no
/// prefix for.
package enum RDFVocabulary {
  package static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  package static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
  package static let owl = "http://www.w3.org/2002/07/owl#"
  package static let xsd = "http://www.w3.org/2001/XMLSchema#"
  package static let skos = "http://www.w3.org/2004/02/skos/core#"
  package static let schema = "https://schema.org/"
  package static let schemaHTTP = "http://schema.org/"
  package static let dcterms = "http://purl.org/dc/terms/"
  package static let dc = "http://purl.org/dc/elements/1.1/"
  package static let foaf = "http://xmlns.com/foaf/0.1/"
  package static let dbo = "http://dbpedia.org/ontology/"
  package static let dcat = "http://www.w3.org/ns/dcat#"
  /// kg's own terms for relation provenance in reified statements; fixed,
  /// whatever base an export used, so any export reads back.
  package static let kg = "https://kg.invalid/vocab/"

  package static let type = rdf + "type"
  package static let first = rdf + "first"
  package static let rest = rdf + "rest"
  package static let emptyList = rdf + "nil"
  package static let statement = rdf + "Statement"
  package static let subject = rdf + "subject"
  package static let predicate = rdf + "predicate"
  package static let object = rdf + "object"
  package static let inverseOf = owl + "inverseOf"
  package static let symmetricProperty = owl + "SymmetricProperty"
  package static let source = kg + "source"
  package static let quote = kg + "quote"

  /// Classes of the node that describes the dataset itself: not an entity.
  package static let datasetClasses = [
    schema + "Dataset", schemaHTTP + "Dataset", "http://rdfs.org/ns/void#Dataset", dcat + "Dataset",
  ]
  /// Classes of vocabulary declarations: not entities unless something links them.
  package static let declarationClasses = [
    rdfs + "Class", owl + "Class", rdf + "Property", owl + "ObjectProperty",
    owl + "DatatypeProperty", symmetricProperty,
  ]

  /// Label predicates, best first: the name is taken from the first that has a value.
  package static let labels = [
    rdfs + "label", skos + "prefLabel", schema + "name", schemaHTTP + "name", foaf + "name",
    dcterms + "title", dc + "title",
  ]
  package static let alternativeLabels = [skos + "altLabel", schema + "alternateName"]
  /// Description predicates, best first.
  package static let descriptions = [
    schema + "description", schemaHTTP + "description", rdfs + "comment", skos + "definition",
    dcterms + "description", dbo + "abstract",
  ]

  /// Datatypes whose values read as JSON numbers and booleans in the model.
  package static let integer = xsd + "integer"
  package static let decimal = xsd + "decimal"
  package static let double = xsd + "double"
  package static let boolean = xsd + "boolean"

  /// Prefixes for IRIs that a file leaves unprefixed: what Wikidata, DBpedia
  /// and the common vocabularies publish under.
  package static let wellKnownNamespaces: [Namespace] = [
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
