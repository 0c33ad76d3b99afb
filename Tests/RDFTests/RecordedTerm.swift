import RDF

/// A term copied out of a sink call, comparable and printable as N-Triples.
struct RecordedTerm: Hashable, Sendable, CustomStringConvertible {
  var kind: RDFTermKind
  var value: String
  var datatype = ""
  var language = ""

  init(kind: RDFTermKind, value: String, datatype: String = "", language: String = "") {
    self.kind = kind
    self.value = value
    self.datatype = datatype
    self.language = language
  }

  init(_ term: RDFTerm) {
    self.init(
      kind: term.kind, value: term.valueString, datatype: term.datatypeString,
      language: term.languageString)
  }

  static func iri(_ value: String) -> RecordedTerm { RecordedTerm(kind: .iri, value: value) }
  static func blank(_ label: String) -> RecordedTerm {
    RecordedTerm(kind: .blankNode, value: label)
  }
  static func literal(_ value: String, datatype: String = "", language: String = "")
    -> RecordedTerm
  {
    RecordedTerm(kind: .literal, value: value, datatype: datatype, language: language)
  }

  var description: String {
    switch kind {
    case .iri: return "<\(value)>"
    case .blankNode: return "_:\(value)"
    case .literal:
      let quoted = "\"" + value.debugDescription.dropFirst().dropLast() + "\""
      if !language.isEmpty { return quoted + "@" + language.lowercased() }
      return datatype.isEmpty ? quoted : quoted + "^^<\(datatype)>"
    }
  }
}
