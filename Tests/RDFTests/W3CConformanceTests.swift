import RDF
import Testing

/// Every test of the W3C RDF 1.1 N-Triples, N-Quads and Turtle suites, each its own case.
/// There are no known exceptions: every test must pass.
@Suite struct W3CConformanceTests {
  @Test(arguments: ["rdf-n-triples", "rdf-n-quads", "rdf-turtle"])
  func manifestListsEveryTest(suite: String) throws {
    let tests = try W3CManifest.load(suite)
    let expected = ["rdf-n-triples": 70, "rdf-n-quads": 87, "rdf-turtle": 313][suite]
    #expect(tests.count == expected)
    #expect(tests.allSatisfy { !$0.type.isEmpty && !$0.action.isEmpty })
  }

  @Test(arguments: W3CManifest.tests("rdf-n-triples"))
  func nTriples(test: W3CTestCase) throws { try run(test, .nTriples) }

  @Test(arguments: W3CManifest.tests("rdf-n-quads"))
  func nQuads(test: W3CTestCase) throws { try run(test, .nQuads) }

  @Test(arguments: W3CManifest.tests("rdf-turtle"))
  func turtle(test: W3CTestCase) throws { try run(test, .turtle) }

  private func run(_ test: W3CTestCase, _ format: RDFFormat) throws {
    let input = try W3CManifest.bytes(test.suite, test.actionFile)
    let read = { try Parsing.record(input, format, base: test.action).statements }
    switch test.type {
    case let type where type.hasSuffix("PositiveSyntax"):
      _ = try read()
    case let type where type.hasSuffix("NegativeSyntax") || type.hasSuffix("NegativeEval"):
      #expect(throws: RDFSyntaxError.self) { _ = try read() }
    case "TestTurtleEval":
      let expected = try Parsing.record(
        W3CManifest.bytes(test.suite, test.resultFile!), .nTriples
      ).statements
      let actual = try read()
      #expect(
        GraphIsomorphism.isomorphic(actual, expected),
        "got:\n\(actual.map(\.description).joined(separator: "\n"))\nexpected:\n\(expected.map(\.description).joined(separator: "\n"))"
      )
    default:
      Issue.record("unknown test type \(test.type)")
    }
  }
}
