/// An RDF term read back from an export, with its escapes undone.
enum ParsedTerm: Hashable, CustomStringConvertible {
  case iri(String)
  case blank(String)
  case literal(String, language: String?, datatype: String?)

  var description: String {
    switch self {
    case .iri(let iri): "<\(iri)>"
    case .blank(let label): "_:\(label)"
    case .literal(let text, let language?, _): "\(text.debugDescription)@\(language)"
    case .literal(let text, nil, let datatype?): "\(text.debugDescription)^^<\(datatype)>"
    case .literal(let text, nil, nil): text.debugDescription
    }
  }
}
