import Foundation
import KnowledgeGraph
import PropertyGraph
import Testing
import FileInput

/// Every case in `Malformed/` must fail to load with exactly the one-line
/// message in its `.expected` file. A case is `NAME.graphml`, or
/// `NAME.nodes.csv` with an optional `NAME.relationships.csv`.
struct MalformedCorpusTests {
  static let files: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: Fixture.malformed.path)) ?? []).sorted()

  static let names: [String] = files.filter { $0.hasSuffix(".expected") }
    .map { String($0.dropLast(".expected".count)) }

  private static func bytes(_ file: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: Fixture.malformed.appendingPathComponent(file)))
  }

  private static func load(_ name: String) throws {
    if files.contains(name + ".graphml") {
      _ = try PropertyGraphLoader.loadGraphML(
        bytes: try bytes(name + ".graphml"), name: name + ".graphml",
        options: PropertyGraphOptions())
      return
    }
    let relationships = name + ".relationships.csv"
    _ = try PropertyGraphLoader.loadCSV(
      nodes: [(name + ".nodes.csv", try bytes(name + ".nodes.csv"))],
      relationships: files.contains(relationships)
        ? [(relationships, try bytes(relationships))] : [],
      options: PropertyGraphOptions())
  }

  @Test func corpusHasAtLeastTwentyCasesOfEachFormat() {
    #expect(Self.names.filter { Self.files.contains($0 + ".graphml") }.count >= 20)
    #expect(Self.names.filter { Self.files.contains($0 + ".nodes.csv") }.count >= 10)
  }

  @Test(arguments: names)
  func loaderReportsTheExpectedMessage(name: String) throws {
    let expected = try String(
      contentsOf: Fixture.malformed.appendingPathComponent(name + ".expected"), encoding: .utf8
    ).trimmingCharacters(in: .newlines)
    #expect(!expected.contains("\n") && !expected.contains("\u{1B}"))
    #expect(throws: LoadError(expected)) { try Self.load(name) }
  }
}
