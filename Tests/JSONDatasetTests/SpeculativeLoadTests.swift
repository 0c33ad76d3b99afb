import FileInput
import Foundation
@testable import JSONDataset
import KnowledgeGraph
import Testing

/// Loading with the tail of `relations` read on a second core must give
/// exactly what one core gives: the same graph, or the same first error.
struct SpeculativeLoadTests {
  private struct Outcome: Equatable {
    let export: String?
    let error: String?
    let readAhead: Int
  }

  private func load(_ text: String, speculating: Bool) -> Outcome {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { input in
      var parser = DatasetParser(input, log: ProblemLog(stopsAtFirstError: true, isStrict: false))
      parser.speculativeChunkSize = speculating ? 2048 : Int.max / 8
      parser.waitsForReadAhead = true
      do {
        try parser.run(progress: { _ in })
      } catch {
        return Outcome(
          export: nil,
          error: "\((error as? JSONError)?.offset ?? -1) \((error as? JSONError)?.message ?? "")",
          readAhead: 0)
      }
      let metadata = parser.metadata(defaultTitle: "data.json")
      let graph = parser.takeBuilder().build(metadata: metadata).graph
      let export = DatasetExporter(graph: graph, selection: .whole(graph)).rendered()
      return Outcome(export: export, error: nil, readAhead: parser.relationsReadAhead)
    }
  }

  /// Loads `text` from a file mapping, as `kg` does for files of 16 MB and
  /// more, reading ahead in chunks whose pages are handed back to the
  /// kernel once resolved.
  private func loadMapped(_ text: String) throws -> Outcome {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("speculative-\(UUID().uuidString).json").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try DatasetFile.withContents(path: path) { input, isMapped throws(LoadError) in
      #expect(isMapped)
      var parser = DatasetParser(input, log: ProblemLog(stopsAtFirstError: true, isStrict: false))
      parser.releasesReadInput = isMapped
      parser.speculativeChunkSize = 1 << 20
      do throws(JSONError) {
        try parser.run(progress: { _ in })
      } catch {
        return Outcome(export: nil, error: "\(error.offset) \(error.message)", readAhead: 0)
      }
      let metadata = parser.metadata(defaultTitle: "data.json")
      let graph = parser.takeBuilder().build(metadata: metadata).graph
      let export = DatasetExporter(graph: graph, selection: .whole(graph)).rendered()
      return Outcome(export: export, error: nil, readAhead: parser.relationsReadAhead)
    }
  }

  /// The chunk with the unknown id cannot be taken over, so the parser
  /// reads through chunks whose pages were already handed back.
  @Test func aMappedFileRereadsReleasedChunksToReportAnError() throws {
    var dataset = SpeculativeDataset(entities: 3_000, relations: 300_000)
    dataset.unknownEntityAt = 299_000
    let mapped = try loadMapped(dataset.text)
    #expect(
      mapped.error?.contains("relation 299000 (\"to\": \"nowhere\") names an unknown entity")
        == true)
  }

  private func expectSameResult(_ text: String, readsAhead: Bool = true) {
    let sequential = load(text, speculating: false)
    let speculative = load(text, speculating: true)
    #expect(speculative.export == sequential.export)
    #expect(speculative.error == sequential.error)
    #expect((speculative.readAhead > 0) == readsAhead)
  }

  @Test func readsTheTailAheadAndBuildsTheSameGraph() {
    expectSameResult(SpeculativeDataset(entities: 300, relations: 3000).text)
  }

  @Test func renumbersTypesAndSourcesFirstUsedInTheTail() {
    var dataset = SpeculativeDataset(entities: 200, relations: 2000)
    dataset.lateTypesAndSources = true
    expectSameResult(dataset.text)
  }

  @Test func keepsLongIdsQuotesWithBracesAndAttributes() {
    var dataset = SpeculativeDataset(entities: 200, relations: 2000)
    dataset.usesLongIDs = true
    dataset.quotesLookLikeRelations = true
    expectSameResult(dataset.text)
  }

  @Test func reportsTheSameUnknownEntityInTheTail() {
    var dataset = SpeculativeDataset(entities: 100, relations: 2000)
    dataset.unknownEntityAt = 1800
    let outcome = load(dataset.text, speculating: true)
    #expect(
      outcome.error?.contains("relation 1800 (\"to\": \"nowhere\") names an unknown entity") == true
    )
    expectSameResult(dataset.text, readsAhead: false)
  }

  @Test func reportsTheSameSyntaxErrorInTheTail() {
    var dataset = SpeculativeDataset(entities: 100, relations: 2000)
    dataset.syntaxErrorAt = 1900
    expectSameResult(dataset.text, readsAhead: false)
  }

  @Test func reportsAnEarlierErrorBeforeTheTail() {
    var dataset = SpeculativeDataset(entities: 100, relations: 2000)
    dataset.syntaxErrorAt = 10
    expectSameResult(dataset.text, readsAhead: false)
  }

  @Test func readsRelationsBeforeEntitiesOnOneCore() {
    var dataset = SpeculativeDataset(entities: 100, relations: 2000)
    dataset.relationsFirst = true
    expectSameResult(dataset.text, readsAhead: false)
  }

  @Test func escapedIdsInTheTailFallBackToOneCore() {
    var dataset = SpeculativeDataset(entities: 100, relations: 2000)
    dataset.escapedIDsFrom = 1500
    expectSameResult(dataset.text, readsAhead: false)
  }
}
