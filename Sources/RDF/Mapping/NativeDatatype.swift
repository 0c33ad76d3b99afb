/// What kg's model makes of a literal's datatype: a JSON boolean, a JSON
/// number, or a string, decided once per datatype instead of per literal.
enum NativeDatatype {
  case boolean
  case number
  case none

  init(iri: String) {
    switch iri {
    case RDFVocabulary.boolean: self = .boolean
    case RDFVocabulary.integer, RDFVocabulary.decimal, RDFVocabulary.double: self = .number
    default: self = .none
    }
  }
}
