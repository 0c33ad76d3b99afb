import Foundation
import JSONDataset
import KnowledgeGraph
import Testing

/// Quality control for `data/kg.json`, the dataset a new user browses first:
/// it must load through the real loader, be rich and connected, and every
/// claim taken from the article must quote it verbatim.
struct BundledDatasetTests {
  private static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  private static let datasetPath = testsDirectory.deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("data/kg.json").path
  private static let articlePath = testsDirectory.appendingPathComponent(
    "Fixtures/alibaba-ai-labs-2022.txt"
  ).path

  private static func loadGraph() throws -> Graph {
    try DatasetLoader.load(path: datasetPath)
  }

  private static func articleText() throws -> String {
    try String(contentsOfFile: articlePath, encoding: .utf8)
  }

  @Test func validatesStrictlyWithoutErrorsOrWarnings() throws {
    let report = try DatasetValidator.validate(path: Self.datasetPath, strict: true)
    #expect(report.errors == [])
    #expect(report.warnings == [])
    #expect(report.errorCount == 0 && report.warningCount == 0, "\(report.summary)")
  }

  @Test func isLargeEnoughToExplore() throws {
    let graph = try Self.loadGraph()
    #expect(graph.entityCount >= 30)
    #expect(graph.relationCount >= 60)
  }

  @Test(arguments: ["alibaba", "alimama", "damo-academy", "pku", "ustc", "smic"])
  func containsRequiredEntity(id: String) throws {
    let graph = try Self.loadGraph()
    #expect(graph.entityIndex(forID: id) != nil, "missing entity \(id)")
  }

  @Test func everyEntityIsReachableFromAlibaba() throws {
    let graph = try Self.loadGraph()
    let start = try #require(graph.entityIndex(forID: "alibaba"))
    let reached = Self.entitiesReachable(from: start, in: graph)
    let unreached = graph.entityIndices.filter { !reached.contains($0) }.map { graph.id(of: $0) }
    #expect(unreached.isEmpty, "not connected to alibaba: \(unreached)")
  }

  @Test func isNotAStarAroundAnyEntity() throws {
    let graph = try Self.loadGraph()
    let busiest = try #require(
      graph.entityIndices.max { graph.degree(of: $0) < graph.degree(of: $1) })
    #expect(
      graph.degree(of: busiest) * 4 < graph.relationCount,
      "\(graph.id(of: busiest)) touches \(graph.degree(of: busiest)) of \(graph.relationCount) relations"
    )
  }

  @Test func everyEntityHasADescription() throws {
    let graph = try Self.loadGraph()
    let undescribed = graph.entityIndices.filter { (graph.description(of: $0) ?? "").isEmpty }
    #expect(undescribed.map { graph.id(of: $0) } == [])
  }

  @Test func everyRelationNamesADeclaredSource() throws {
    let graph = try Self.loadGraph()
    let declared = Set(graph.metadata.sources.map(\.key))
    #expect(declared == ["article", "background"])
    let unsourced = Self.relations(of: graph).filter { !declared.contains($0.source ?? "") }
    #expect(unsourced.map { Self.describe($0, in: graph) } == [])
  }

  @Test func everyArticleRelationQuotesTheArticleVerbatim() throws {
    let graph = try Self.loadGraph()
    let article = try Self.articleText()
    let fromArticle = Self.relations(of: graph).filter { $0.source == "article" }
    let unsupported = fromArticle.filter { relation in
      guard let quote = relation.quote, !quote.isEmpty else { return true }
      return !article.contains(quote)
    }
    #expect(!fromArticle.isEmpty)
    #expect(unsupported.map { Self.describe($0, in: graph) } == [])
  }

  @Test func backgroundRelationsAreAClearMinority() throws {
    let graph = try Self.loadGraph()
    let background = Self.relations(of: graph).filter { $0.source == "background" }
    #expect(background.count * 3 < graph.relationCount)
    #expect(background.allSatisfy { $0.quote == nil })
  }

  @Test func articleMisspellingOfHefeiIsKeptAsAnAlias() throws {
    let graph = try Self.loadGraph()
    let hefei = try #require(graph.entityIndex(forID: "hefei"))
    #expect(graph.aliases(of: hefei).contains("Heigei"))
    #expect(graph.aliases(of: hefei).contains("合肥"))
  }

  private static func relations(of graph: Graph) -> [Relation] {
    (0..<graph.relationCount).map { graph.relation(RelationIndex($0)) }
  }

  private static func describe(_ relation: Relation, in graph: Graph) -> String {
    let type = graph.relationType(relation.type).key
    return "\(graph.id(of: relation.from)) \(type) \(graph.id(of: relation.to))"
  }

  /// Walks relations in both directions, as a reader following links would.
  private static func entitiesReachable(from start: EntityIndex, in graph: Graph) -> Set<
    EntityIndex
  > {
    var reached: Set<EntityIndex> = [start]
    var frontier = [start]
    while let entity = frontier.popLast() {
      for direction in [EdgeDirection.outgoing, .incoming] {
        for edge in graph.edges(of: entity, direction: direction)
        where reached.insert(edge.other).inserted {
          frontier.append(edge.other)
        }
      }
    }
    return reached
  }
}
