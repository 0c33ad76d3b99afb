import Testing

/// One entry of a W3C manifest.
struct W3CTestCase: Sendable, CustomTestStringConvertible {
  var suite: String
  var name: String
  /// The test type's local name, such as `TestTurtleEval`.
  var type: String
  /// The input file's absolute IRI, which is also the base for reading it.
  var action: String
  var result: String?

  var testDescription: String { name }

  var actionFile: String { W3CTestCase.fileName(action) }
  var resultFile: String? { result.map(W3CTestCase.fileName) }

  private static func fileName(_ iri: String) -> String {
    String(iri[iri.index(after: iri.lastIndex(of: "/")!)...])
  }
}
