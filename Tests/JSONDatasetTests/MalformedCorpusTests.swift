import FileInput
import Foundation
import JSONDataset
import KnowledgeGraph
import Testing

/// Every file in `Malformed/` must fail to load with exactly the message in
/// its `.expected` file, and must give the validator at least one error.
struct MalformedCorpusTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Malformed")

  static let names: [String] =
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
    .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(".json".count)) }.sorted()

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: directory.appendingPathComponent(name + ".json")))
  }

  @Test func corpusHasAtLeastFortyFiles() {
    #expect(Self.names.count >= 40)
  }

  @Test(arguments: names)
  func loaderReportsTheExpectedMessage(name: String) throws {
    let expected = try String(
      contentsOf: Self.directory.appendingPathComponent(name + ".expected"), encoding: .utf8
    ).trimmingCharacters(in: .newlines)
    let bytes = try Self.bytes(name)
    #expect(throws: LoadError(expected)) {
      try DatasetLoader.load(bytes: bytes, name: name + ".json")
    }
  }

  @Test(arguments: names)
  func validatorFindsAnError(name: String) throws {
    let report = DatasetValidator.validate(bytes: try Self.bytes(name), name: name + ".json")
    #expect(report.errorCount >= 1)
    #expect(report.errors.first?.hasPrefix(name + ".json") == true)
  }
}
