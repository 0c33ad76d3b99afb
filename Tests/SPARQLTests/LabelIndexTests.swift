import Foundation
import GraphSearch
import JSONDataset
import KnowledgeGraph
import RDF
import Synchronization
import TestEndpoints
import Testing

@testable import SPARQL

/// The label index, fetched from a real Oxigraph holding the bundled
/// dataset as `kg export` writes it: what it costs, that search reads the
/// same from it as from `CONTAINS`, and that every way it can fail leaves
/// search asking the endpoint as before.
@Suite(.serialized) struct LabelIndexTests {
  /// Queries whose every match contains their longest word, so that
  /// `CONTAINS` finds all the candidates.
  static let queries = [
    "peking", "alibaba", "univ china", "lab", "阿里", "hefei", "china", "article", "knowledge",
    "member", "type:university beijing", "hangzhou !alibaba", "'lab", "^zhe", "sity$", "zzzz",
  ]
  /// Queries with matches `CONTAINS` misses: fuzzy ones, either side of
  /// `|`, and a type alone, which has no word to look for.
  static let beyondContains = ["ai", "pku | ustc", "type:Company", "type:university"]

  static func bundledGraph() throws -> Graph {
    try DatasetLoader.load(path: try #require(BundledDataset.locate(executablePath: #filePath)))
  }

  /// The bundled dataset as `kg export --format nt` writes it.
  static func exported() throws -> String {
    let graph = try bundledGraph()
    var text = ""
    NTriplesExporter(graph: graph, selection: .whole(graph)).write(to: &text)
    return text
  }

  static let server = Result { () throws -> OxigraphEndpoint in
    let text = try exported()
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-sparql-labels-\(getpid()).nt").path
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: file) }
    return try OxigraphEndpoint(loading: file, ownServer: true)
  }

  func client() throws -> SPARQLClient {
    SPARQLClient(
      configuration: try EndpointConfiguration(
        url: Self.server.get().url, environment: [:], netrcPath: "/nonexistent"))
  }

  func source(_ client: any SPARQLQuerying) -> EndpointSource {
    EndpointSource(
      client: client, name: "oxigraph",
      options: RDFLoadOptions(languages: LanguagePreference(list: "en")))
  }

  /// Ids, names, types, matched fields and scores: what a result line shows.
  static func lines(_ found: EndpointSearch) -> [String] {
    found.results.map { result in
      let graph = found.graph
      return [
        graph.id(of: result.entity), graph.name(of: result.entity), graph.type(of: result.entity),
        "\(result.field)", result.matchedText, "\(result.positions)", "\(result.score)",
        "\(result.kind)",
      ].joined(separator: "\t")
    }
  }

  @Test func searchFromTheIndexReadsAsSearchWithContains() throws {
    let contains = source(try client())
    let counting = CountingEndpoint(try client())
    var indexed = source(counting)
    indexed.labelIndex = LabelIndexLoader()
    indexed.labelIndex?.load(from: indexed)
    #expect(indexed.labelIndex?.ready != nil)
    #expect(counting.queries.count == 6)
    for query in Self.queries {
      let expected = Self.lines(try contains.search(query, limit: 20))
      counting.reset()
      let found = try indexed.search(query, limit: 20)
      #expect(counting.queries.isEmpty, "\(query) asked the endpoint")
      #expect(!found.isPartial)
      #expect(Self.lines(found) == expected, "\(query)")
    }
  }

  @Test func whereContainsMissesMatchesTheIndexFindsWhatTheFileDoes() throws {
    let file = SearchIndex(
      graph: try RDFLoader.load(
        bytes: Array(try Self.exported().utf8), name: "export", format: .nTriples,
        options: RDFLoadOptions(languages: LanguagePreference(list: "en"))))
    let indexed = try EndpointLabelIndex.fetch(from: source(try client()))
    for query in Self.beyondContains {
      let found = try indexed.search(query, limit: 100)
      let expected = file.search(query, limit: 100).map { file.graph.id(of: $0.entity) }
      #expect(!expected.isEmpty)
      let ids = found.results.map { found.graph.id(of: $0.entity) }
      #expect(Set(ids) == Set(expected), "\(query)")
    }
  }

  @Test func theIndexHoldsEveryEntityAndNothingElse() throws {
    let graph = try Self.bundledGraph()
    let index = try EndpointLabelIndex.fetch(from: source(try client()))
    #expect(index.entityCount == graph.entityCount)
    #expect(index.tripleCount > index.entityCount)
  }

  @Test func anIndexIsFreedWithItsLoader() throws {
    weak var searchIndex: SearchIndex?
    do {
      let loader = LabelIndexLoader()
      loader.load(from: source(try client()))
      searchIndex = loader.ready?.index
      #expect(searchIndex != nil)
    }
    #expect(searchIndex == nil)
  }

  @Test func aLoaderLoadsOnce() throws {
    let counting = CountingEndpoint(try client())
    let source = source(counting)
    let loader = LabelIndexLoader()
    loader.load(from: source)
    loader.load(from: source)
    #expect(counting.queries.count == 6)
  }

  @Test func anEndpointOverTheCapIsOnlyCounted() throws {
    let counting = CountingEndpoint(try client())
    var capped = source(counting)
    capped.labelIndex = LabelIndexLoader(cap: 10)
    capped.labelIndex?.load(from: capped)
    #expect(counting.queries.count == 1)
    try expectSearchAsksTheEndpoint(capped, counting: { counting.queries.count })
  }

  @Test(arguments: [
    (AlteredEndpoint.Alteration.fail, "COUNT"), (.fail, "CONSTRUCT"), (.fail, "DISTINCT ?s WHERE"),
    (.markedPartial, "CONSTRUCT"), (.markedPartial, "DISTINCT ?s WHERE"),
    (.silentlyCut, "CONSTRUCT"),
  ])
  func anIndexThatCannotBeHadLeavesSearchAsItWas(
    alteration: AlteredEndpoint.Alteration, marker: String
  ) throws {
    let isFetching = Mutex(true)
    let altered = AlteredEndpoint(try client()) { query in
      isFetching.withLock { $0 } && query.contains(marker) ? alteration : nil
    }
    var failing = source(altered)
    failing.labelIndex = LabelIndexLoader()
    failing.labelIndex?.load(from: failing)
    isFetching.withLock { $0 = false }
    guard case .unavailable = failing.labelIndex?.state else {
      Issue.record("the index loaded although \(marker) was \(alteration)")
      return
    }
    try expectSearchAsksTheEndpoint(failing, counting: { altered.queries.count })
  }

  private func expectSearchAsksTheEndpoint(
    _ source: EndpointSource, counting: () -> Int
  ) throws {
    let before = counting()
    let found = try source.search("peking", limit: 5)
    #expect(counting() == before + 2)
    #expect(found.results.map { found.graph.name(of: $0.entity) }.first == "Peking University")
  }
}
