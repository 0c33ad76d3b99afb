import Foundation
import KnowledgeGraph
@testable import SPARQL
import Testing

/// SPARQL 1.1 Query Results JSON: every term form, edge cases, and a corpus
/// of malformed documents that must each give an error, never a trap.
struct ResultsParsingTests {
  private func parse(_ text: String) throws -> ResultsDocument {
    try ResultsJSONParser.parse(Array(text.utf8))
  }

  private func problem(_ text: String) -> String? {
    do throws(JSONError) {
      _ = try ResultsJSONParser.parse(Array(text.utf8))
      return nil
    } catch {
      return "\(error.message) at byte \(error.offset)"
    }
  }

  @Test func everyTermForm() throws {
    let text = """
      {"head":{"vars":["a","b","c","d","e","f","g"],"link":["http://e/info"]},
       "results":{"distinct":false,"ordered":true,"bindings":[{
        "a":{"type":"uri","value":"http://example.org/\\u00e9"},
        "b":{"type":"bnode","value":"b0"},
        "c":{"type":"literal","value":"plain"},
        "d":{"value":"chat","type":"literal","xml:lang":"fr"},
        "e":{"type":"literal","value":"42","datatype":"http://www.w3.org/2001/XMLSchema#integer"},
        "f":{"type":"typed-literal","value":"1.5","datatype":"http://www.w3.org/2001/XMLSchema#decimal"},
        "g":{"type":"literal","value":"hi","xml:lang":"en","datatype":"http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}
      }]}}
      """
    let xsd = "http://www.w3.org/2001/XMLSchema#"
    #expect(
      try parse(text)
        == .bindings(
          variables: ["a", "b", "c", "d", "e", "f", "g"],
          rows: [
            [
              .iri("http://example.org/é"), .blankNode("b0"),
              .literal("plain", language: nil, datatype: nil),
              .literal("chat", language: "fr", datatype: nil),
              .literal("42", language: nil, datatype: xsd + "integer"),
              .literal("1.5", language: nil, datatype: xsd + "decimal"),
              .literal("hi", language: "en", datatype: nil),
            ]
          ]))
  }

  @Test func unboundVariablesAreNil() throws {
    let text =
      #"{"head":{"vars":["x","y"]},"results":{"bindings":[{"y":{"type":"uri","value":"http://e/1"}},{}]}}"#
    #expect(
      try parse(text)
        == .bindings(variables: ["x", "y"], rows: [[nil, .iri("http://e/1")], [nil, nil]]))
  }

  @Test func resultsMayComeBeforeTheHead() throws {
    let text =
      #"{"results":{"bindings":[{"y":{"type":"uri","value":"http://e/1"}},{"x":{"type":"bnode","value":"n"}}]},"head":{"vars":["x","y","z"]}}"#
    #expect(
      try parse(text)
        == .bindings(
          variables: ["x", "y", "z"],
          rows: [[nil, .iri("http://e/1"), nil], [.blankNode("n"), nil, nil]]))
  }

  @Test func anEmptyTableAndNoVariables() throws {
    #expect(
      try parse(#"{"head":{"vars":[]},"results":{"bindings":[{}]}}"#)
        == .bindings(variables: [], rows: [[]]))
    #expect(
      try parse(#"{"head":{},"results":{"bindings":[]}}"#) == .bindings(variables: [], rows: []))
  }

  @Test func askAnswers() throws {
    #expect(try parse(#"{"head":{},"boolean":true}"#) == .boolean(true))
    #expect(try parse("\u{FEFF}{\"boolean\" : false}\n") == .boolean(false))
  }

  @Test func escapesAndUnicodeSurvive() throws {
    let text =
      #"{"head":{"vars":["l"]},"results":{"bindings":[{"l":{"type":"literal","value":"a\"b\\c\nd\t\u0000 \ud83d\ude00 日本"}}]}}"#
    #expect(
      try parse(text)
        == .bindings(
          variables: ["l"],
          rows: [[.literal("a\"b\\c\nd\t\u{0} 😀 日本", language: nil, datatype: nil)]]))
  }

  @Test(arguments: [
    ("", "expected a value, found end of file at byte 0"),
    ("[]", "the document must be an object, found an array at byte 0"),
    (#"{"head":{"vars":["s"]}}"#, "the document has neither \"results\" nor \"boolean\" at byte 0"),
    (#"{"results":{"bindings":[]}}"#, "the document has no \"head\" at byte 0"),
    (
      #"{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"x"}}"#,
      "expected ',' or ']' after an array element, found end of file at byte 78"
    ),
    (#"{"head":{"vars":["s"]},"results":{}}"#, "\"results\" has no \"bindings\" at byte 35"),
    (
      #"{"head":{"vars":["s","s"]},"results":{"bindings":[]}}"#,
      "\"head.vars\" lists ?s twice at byte 21"
    ),
    (
      #"{"head":{"vars":[1]},"results":{"bindings":[]}}"#,
      "a variable name must be a string, found a number at byte 17"
    ),
    (
      #"{"head":{"vars":["s"]},"results":{"bindings":[{"t":{"type":"uri","value":"x"}}]}}"#,
      "a binding names ?t, which \"head.vars\" (1 variables) does not list at byte 47"
    ),
    (
      #"{"results":{"bindings":[{"t":{"type":"uri","value":"x"}}]},"head":{"vars":["s"]}}"#,
      "a binding names ?t, which \"head.vars\" does not list at byte 0"
    ),
    (
      #"{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"x"},"s":{"type":"uri","value":"y"}}]}}"#,
      "a solution binds ?s twice at byte 78"
    ),
    (
      #"{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"value":"x"}}]}}"#,
      "a term has no \"type\" at byte 51"
    ),
    (
      #"{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri"}}]}}"#,
      "a term has no \"value\" at byte 51"
    ),
    (
      #"{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"triple","value":"x"}}]}}"#,
      "a term has the unknown type \"triple\" at byte 51"
    ),
    (
      #"{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"x","xml:lang":"en"}}]}}"#,
      "a term of type \"uri\" has a language or datatype at byte 51"
    ),
    (
      #"{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"typed-literal","value":"x"}}]}}"#,
      "a term of type \"typed-literal\" has no \"datatype\" at byte 51"
    ),
    (
      #"{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"literal","value":"x","xml:lang":""}}]}}"#,
      "a literal has an empty \"xml:lang\" at byte 51"
    ),
    (
      #"{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"literal","value":"x","xml:lang":"en","datatype":"http://e/d"}}]}}"#,
      "a literal has both \"xml:lang\" and a datatype at byte 51"
    ),
    (
      #"{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"literal","value":3}}]}}"#,
      "\"value\" must be a string, found a number at byte 77"
    ),
    (
      #"{"head":{"vars":["s"]},"results":{"bindings":[{"s":"x"}]}}"#,
      "a term must be an object, found a string at byte 51"
    ),
    (
      #"{"head":{"vars":["s"]},"results":{"bindings":{}}}"#,
      "\"results.bindings\" must be an array, found an object at byte 45"
    ),
    (#"{"head":{},"boolean":"yes"}"#, "\"boolean\" must be a boolean, found a string at byte 21"),
    (
      #"{"head":{},"boolean":true,"results":{"bindings":[]}}"#,
      "the document has both \"results\" and \"boolean\" at byte 0"
    ),
    (#"{"head":{},"head":{},"boolean":true}"#, "the document has \"head\" twice at byte 11"),
    (
      #"{"head":{},"boolean":true} x"#,
      "expected end of file after the top-level value, found 'x' at byte 27"
    ),
    (
      #"{"head":{},"boolean":tru}"#,
      "invalid literal; expected true, false or null, found 'tru' at byte 21"
    ),
    (
      "{\"head\":{},\"boolean\":true,\"x\":\"\u{1}\"}",
      "unescaped control character 0x01 in a string; write it as \\u0001 at byte 31"
    ),
  ])
  func malformedDocumentsAreErrors(text: String, message: String) {
    #expect(problem(text) == message)
  }

  @Test func truncatingAValidDocumentAnywhereIsAnError() {
    let bytes = Array(Answers.rows(3).utf8)
    for end in 0..<bytes.count {
      #expect(throws: (any Error).self) { try ResultsJSONParser.parse(Array(bytes[..<end])) }
    }
  }

  @Test func invalidUTF8IsAnError() {
    var bytes = Array(
      #"{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri","value":"x"}}]}}"#.utf8)
    bytes[73] = 0xFF
    #expect(throws: (any Error).self) { try ResultsJSONParser.parse(bytes) }
  }

  @Test func deepNestingInAnUnknownMemberIsAnErrorNotACrash() {
    let text = #"{"head":{},"boolean":true,"x":"# + String(repeating: "[", count: 100_000)
    #expect(problem(text) == "nesting is deeper than 512 levels at byte 541")
  }

  @Test func tensOfThousandsOfRows() throws {
    let bytes = Array(Answers.rows(20_000).utf8)
    guard case .bindings(_, let rows) = try ResultsJSONParser.parse(bytes) else {
      Issue.record("not a table")
      return
    }
    #expect(rows.count == 20_000)
    #expect(
      rows[19_999][2] == .literal("item number 19999 \"quoted\"", language: "en", datatype: nil))
  }
}
