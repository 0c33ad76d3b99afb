/// One RDF term bound to a variable in a SPARQL answer.
public enum SPARQLTerm: Hashable, Sendable {
  case iri(String)
  /// A blank node by the label the endpoint gave it, stable within one answer only.
  case blankNode(String)
  /// A literal; `language` is set for language-tagged strings, `datatype`
  /// when the endpoint named one (it may name `xsd:string` or leave it out).
  case literal(String, language: String?, datatype: String?)
}
