import FileInput
import Foundation
import GraphFormats
import KnowledgeGraph
import RDF
import Testing

/// How `--data` picks a reader when the name says nothing, and what
/// `kg validate` reports for RDF.
@Suite struct FormatChoiceTests {
  static let options = LoadOptions(rdf: RDFLoadOptions(languages: LanguagePreference(tags: [])))

  private func withFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
    try TemporaryFile.with(text, body)
  }

  @Test(arguments: [
    ("<http://e/a> <http://e/p> <http://e/b> .\n", 2),
    ("<http://e/a> <http://e/p> <http://e/b> <http://e/g> .\n", 2),
    ("@prefix e: <http://e/> .\ne:a e:p e:b, e:c .\n", 3),
  ])
  func aFileWithoutExtensionIsRecognisedByItsContent(text: String, entities: Int) throws {
    let graph = try withFile(text) { try GraphLoader.load(path: $0, options: Self.options) }
    #expect(graph.entityCount == entities)
  }

  @Test func formatOverridesTheContent() throws {
    #expect(throws: LoadError.self) {
      try withFile("@prefix e: <http://e/> .\ne:a e:p e:b .\n") {
        try GraphLoader.load(path: $0, format: .nTriples, options: Self.options)
      }
    }
  }

  @Test func validateListsEveryRDFErrorWithItsPlace() throws {
    let text = """
      @prefix e: <http://e/> .
      e:a e:p e:b .
      e:a e:p nope:c .
      e:a e:p <bad iri> .
      e:c e:p e:d .
      """
    let report = try withFile(text) { path in
      (
        path,
        try GraphLoader.validate(path: path, format: .turtle, strict: false, options: Self.options)
      )
    }
    #expect(
      report.1.errors == [
        "\(report.0):3:9: the prefix 'nope:' is not declared",
        "\(report.0):4:13: illegal character ' ' in an IRI",
      ])
    #expect(report.1.entityCount == 4)
  }
}
