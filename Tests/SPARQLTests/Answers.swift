/// SPARQL results JSON documents the tests send and parse.
enum Answers {
  static let oneRow = """
    {"head":{"vars":["s","label"]},"results":{"bindings":[
      {"s":{"type":"uri","value":"http://example.org/a"},
       "label":{"type":"literal","value":"A","xml:lang":"en"}}]}}
    """

  static let empty = #"{"head":{"vars":["s"]},"results":{"bindings":[]}}"#

  /// A document of `count` rows of three variables, as an endpoint writes it.
  static func rows(_ count: Int) -> String {
    var text = #"{"head":{"vars":["s","p","o"]},"results":{"bindings":["#
    for index in 0..<count {
      if index > 0 { text += ",\n" }
      text += #"{"s":{"type":"uri","value":"http://www.wikidata.org/entity/Q\#(index)"},"#
      text += #""p":{"type":"uri","value":"http://www.w3.org/2000/01/rdf-schema#label"},"#
      text += #""o":{"type":"literal","xml:lang":"en","value":"item number \#(index) \"quoted\""}}"#
    }
    return text + "]}}"
  }
}
