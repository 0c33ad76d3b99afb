/// The vocabulary terms an export writes over and over, each spelled once.
struct ExportTerms: Sendable {
  // Entities
  let type: [UInt8]
  let label: [UInt8]
  let altLabel: [UInt8]
  let description: [UInt8]
  // Declarations
  let rdfsClass: [UInt8]
  let property: [UInt8]
  let symmetricProperty: [UInt8]
  let inverseOf: [UInt8]
  // Provenance
  let statement: [UInt8]
  let subject: [UInt8]
  let predicate: [UInt8]
  let object: [UInt8]
  let source: [UInt8]
  let quote: [UInt8]
  // The dataset and its sources
  let dataset: [UInt8]
  let title: [UInt8]
  let datasetDescription: [UInt8]
  let datasetSource: [UInt8]
  let publisher: [UInt8]
  let issued: [UInt8]
  let url: [UInt8]
  let anyURISuffix: [UInt8]

  init(terms: TermWriter, iris: GraphIRIs) {
    let rdf = ExportVocabulary.rdf
    let rdfs = ExportVocabulary.rdfs
    let owl = ExportVocabulary.owl
    let dcterms = ExportVocabulary.dcterms
    type = terms.predicate(ExportVocabulary.rdfType)
    label = terms.iri(rdfs + "label")
    altLabel = terms.iri(ExportVocabulary.skos + "altLabel")
    description = terms.iri(ExportVocabulary.schema + "description")
    rdfsClass = terms.iri(rdfs + "Class")
    property = terms.iri(rdf + "Property")
    symmetricProperty = terms.iri(owl + "SymmetricProperty")
    inverseOf = terms.iri(owl + "inverseOf")
    statement = terms.iri(rdf + "Statement")
    subject = terms.iri(rdf + "subject")
    predicate = terms.iri(rdf + "predicate")
    object = terms.iri(rdf + "object")
    source = terms.iri(iris.vocabulary("source"))
    quote = terms.iri(iris.vocabulary("quote"))
    dataset = terms.iri(ExportVocabulary.dcat + "Dataset")
    title = terms.iri(dcterms + "title")
    datasetDescription = terms.iri(dcterms + "description")
    datasetSource = terms.iri(dcterms + "source")
    publisher = terms.iri(dcterms + "publisher")
    issued = terms.iri(dcterms + "issued")
    url = terms.iri(ExportVocabulary.schema + "url")
    anyURISuffix = terms.datatypeSuffix(ExportVocabulary.xsd + "anyURI")
  }
}
