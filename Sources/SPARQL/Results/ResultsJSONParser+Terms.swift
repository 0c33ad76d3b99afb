import KnowledgeGraph

extension ResultsJSONParser {
  private static let rdfLangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

  /// The fields of one term object, read in any order.
  private struct TermFields {
    var type: String?
    var value: String?
    var language: String?
    var datatype: String?
  }

  /// Reads one term object: `{"type": …, "value": …, "xml:lang"?, "datatype"?}`.
  mutating func term() throws(JSONError) -> SPARQLTerm {
    let start = reader.position
    try enterObject("a term")
    var fields = TermFields()
    var isFirst = true
    while let key = try reader.nextKey(isFirst: &isFirst) {
      if key.elementsEqual("type".utf8) {
        fields.type = try string(named: "\"type\"")
      } else if key.elementsEqual("value".utf8) {
        fields.value = try string(named: "\"value\"")
      } else if key.elementsEqual("xml:lang".utf8) {
        fields.language = try string(named: "\"xml:lang\"")
      } else if key.elementsEqual("datatype".utf8) {
        fields.datatype = try string(named: "\"datatype\"")
      } else {
        try reader.skipValue()
      }
    }
    return try Self.term(from: fields, at: start)
  }

  private static func term(from fields: TermFields, at offset: Int) throws(JSONError)
    -> SPARQLTerm
  {
    guard let type = fields.type else { throw problem("a term has no \"type\"", at: offset) }
    guard let value = fields.value else { throw problem("a term has no \"value\"", at: offset) }
    switch type {
    case "uri", "bnode":
      guard fields.language == nil && fields.datatype == nil else {
        throw problem("a term of type \"\(type)\" has a language or datatype", at: offset)
      }
      return type == "uri" ? .iri(value) : .blankNode(value)
    case "literal", "typed-literal":
      return try literal(value, fields: fields, isTyped: type == "typed-literal", at: offset)
    default:
      throw problem("a term has the unknown type \"\(type)\"", at: offset)
    }
  }

  private static func literal(
    _ value: String, fields: TermFields, isTyped: Bool, at offset: Int
  ) throws(JSONError) -> SPARQLTerm {
    if isTyped && fields.datatype == nil {
      throw problem("a term of type \"typed-literal\" has no \"datatype\"", at: offset)
    }
    guard let language = fields.language else {
      return .literal(value, language: nil, datatype: fields.datatype)
    }
    guard !language.isEmpty else {
      throw problem("a literal has an empty \"xml:lang\"", at: offset)
    }
    guard fields.datatype == nil || fields.datatype == rdfLangString else {
      throw problem("a literal has both \"xml:lang\" and a datatype", at: offset)
    }
    return .literal(value, language: language, datatype: nil)
  }
}
