import Foundation
import SPARQL
import TestEndpoints
import Testing

/// `SPARQLText` output means exactly its input to a real SPARQL engine: each
/// value is sent inside a query and must come back unchanged (IRIs with the
/// characters IRIREF forbids percent-encoded), with no extra rows or columns.
final class EscapingTests {
  /// Any endpoint does: the queries read no data.
  private static let server = Result { try OxigraphEndpoint() }
  private let client: SPARQLClient

  init() throws {
    client = SPARQLClient(
      configuration: try EndpointConfiguration(
        url: Self.server.get().url, environment: [:], netrcPath: "/nonexistent"))
  }

  static let hostileTexts = [
    "", "plain", "quote \" inside", "\"", "\"\"\"", "'''", "back\\slash", "\\", "ends with \\",
    "\\\"", "\\u0022", "\\U00000022", "\\u", "\\U", "\\\\u0022", "u\\u", "a\\nb",
    "} UNION { BIND(1 AS ?x) } #", "\") . } SELECT * { ?s ?p ?o } #", "# not a comment",
    "line\nbreak", "carriage\rreturn", "tab\there", "\u{8}\u{C}", "\u{1}\u{1F}\u{7F}",
    "日本語 😀 é", "e\u{301}", "\u{2028}\u{FEFF}", ">", "<http://e/x>", "?var $var",
  ]

  /// Sends `(TERM AS ?vN)` for every term in one query and returns row 0.
  private func echo(_ terms: [String], wrap: (String) -> String = { $0 }) throws -> [SPARQLTerm?] {
    let projections = terms.enumerated().map { "(\(wrap($1)) AS ?v\($0))" }
    let results = try client.select("SELECT \(projections.joined(separator: " ")) {}")
    #expect(results.variables == terms.indices.map { "v\($0)" })
    #expect(results.rows.count == 1)
    return results.rows.first ?? []
  }

  @Test func literalsComeBackUnchanged() throws {
    let row = try echo(Self.hostileTexts.map(SPARQLText.literal))
    for (text, term) in zip(Self.hostileTexts, row) {
      guard case .literal(let value, nil, _) = term else {
        Issue.record("\(text.debugDescription) came back as \(String(describing: term))")
        continue
      }
      #expect(value == text)
    }
  }

  @Test func languageAndDatatypeLiteralsComeBackUnchanged() throws {
    let xsd = "http://www.w3.org/2001/XMLSchema#"
    let terms = [
      SPARQLText.literal("chat \"}", language: "fr"),
      SPARQLText.literal("colour", language: "en-GB"),
      SPARQLText.literal("x", language: "en\" } #"),
      SPARQLText.literal("y", language: "--"),
      SPARQLText.literal("42", datatype: xsd + "integer"),
      SPARQLText.literal("v", datatype: "http://e/d> . } #"),
    ]
    let row = try echo(terms)
    #expect(row[0] == .literal("chat \"}", language: "fr", datatype: nil))
    #expect(
      row[1].map(Self.lowercasingLanguage) == .literal("colour", language: "en-gb", datatype: nil))
    #expect(row[2] == .literal("x", language: "en", datatype: nil))
    #expect(row[3] == .literal("y", language: nil, datatype: nil))
    #expect(row[4] == .literal("42", language: nil, datatype: xsd + "integer"))
    #expect(row[5] == .literal("v", language: nil, datatype: "http://e/d%3E%20.%20%7D%20#"))
  }

  static let hostileIRIs = [

    ("http://example.org/plain", "http://example.org/plain"),
    ("http://example.org/a>b", "http://example.org/a%3Eb"),
    ("http://example.org/<x>", "http://example.org/%3Cx%3E"),
    ("http://example.org/q\"uote", "http://example.org/q%22uote"),
    ("http://example.org/{}|^`", "http://example.org/%7B%7D%7C%5E%60"),
    ("http://example.org/back\\slash", "http://example.org/back%5Cslash"),
    ("http://example.org/a\\u0022b", "http://example.org/a%5Cu0022b"),
    ("http://example.org/sp ace", "http://example.org/sp%20ace"),
    ("http://example.org/new\nline\t", "http://example.org/new%0Aline%09"),
    ("http://example.org/100%", "http://example.org/100%25"),
    ("http://example.org/a%20b%zz", "http://example.org/a%20b%25zz"),
    ("http://example.org/é/日本", "http://example.org/é/日本"),
    ("http://example.org/path?q=1#frag", "http://example.org/path?q=1#frag"),
    (
      "http://example.org/> } SELECT * { ?s ?p ?o } #",
      "http://example.org/%3E%20%7D%20SELECT%20*%20%7B%20?s%20?p%20?o%20%7D%20#"
    ),
  ]

  @Test func irisComeBackPercentEncodedWhereIRIREFForbids() throws {
    let row = try echo(Self.hostileIRIs.map { SPARQLText.iri($0.0) }) { "STR(\($0))" }
    for ((iri, expected), term) in zip(Self.hostileIRIs, row) {
      #expect(term == .literal(expected, language: nil, datatype: nil), "\(iri.debugDescription)")
    }
  }

  @Test func aLongQueryTravelsByPostAndMeansTheSame() throws {
    let long = String(repeating: "\"}\\u0022 ", count: 400)
    let row = try echo([SPARQLText.literal(long)])
    #expect(row == [.literal(long, language: nil, datatype: nil)])
  }

  @Test func constructAnswersAsNTriples() throws {
    let answer = try client.construct(
      "CONSTRUCT { <http://e/s> <http://e/p> \(SPARQLText.literal("v\"\n")) } {}")
    #expect(
      String(decoding: answer.bytes, as: UTF8.self) == "<http://e/s> <http://e/p> \"v\\\"\\n\" .\n")
    #expect(!answer.isPartial)
  }

  private static func lowercasingLanguage(_ term: SPARQLTerm) -> SPARQLTerm {
    guard case .literal(let value, let language, let datatype) = term else { return term }
    return .literal(value, language: language?.lowercased(), datatype: datatype)
  }
}
