@testable import Browser
import KnowledgeGraph
import Testing

/// Behaviour at scale: a hub's relations are read only as far as the screen shows.
@Suite struct ScaleTests {
  static let leafCount = 100_000

  /// A hub that invests in 60,000 leaves and has 40,000 of them as subsidiaries.
  static let hubGraph: Graph = {
    var builder = GraphBuilder()
    let hub = builder.addEntity(
      id: "hub", name: "Hub Holdings", type: "Company", aliases: [], description: nil,
      attributes: [])!
    builder.declareRelationType(
      key: "invests_in", label: "invests in", inverseLabel: "investor", isSymmetric: false)
    builder.declareRelationType(
      key: "subsidiary_of", label: "subsidiary of", inverseLabel: "has subsidiary",
      isSymmetric: false)
    let invests = builder.relationType(forKey: "invests_in")
    let subsidiary = builder.relationType(forKey: "subsidiary_of")
    for number in 0..<leafCount {
      let leaf = builder.addEntity(
        id: "l\(number)", name: "Leaf \(number)", type: "Fund", aliases: [], description: nil,
        attributes: [])!
      if number < 60_000 {
        builder.addRelation(
          from: hub, type: invests, to: leaf, source: nil, quote: nil, attributes: [])
      } else {
        builder.addRelation(
          from: leaf, type: subsidiary, to: hub, source: nil, quote: nil, attributes: [])
      }
    }
    return builder.build(metadata: DatasetMetadata(title: "Hub", description: nil, sources: []))
      .graph
  }()

  static let hubOrder = EntityOrder(graph: hubGraph)

  @Test func aHubWithAHundredThousandRelationsOpensOnItsFirstPage() {
    let graph = Self.hubGraph
    var state = BrowserState(
      graph: graph, start: graph.entityIndex(forID: "hub"), size: ScreenSize(columns: 80, rows: 24),
      order: Self.hubOrder)
    let screen = BrowserRenderer.render(state, size: state.size).text
    #expect(screen.contains("invests in (60000)"))
    #expect(screen.contains("100000 relations"))
    #expect(screen.contains(" 1/100000 "))
    _ = state.handle(.key(.end))
    let end = BrowserRenderer.render(state, size: state.size).text
    #expect(end.contains("has subsidiary (40000)") || end.contains("Leaf 99999"))
    #expect(end.contains(" 100000/100000 "))
    _ = state.handle(.key(.pageUp))
    _ = state.handle(.key(.enter))
    #expect(state.currentEntity.map { graph.name(of: $0) }?.hasPrefix("Leaf 9") == true)
  }

  @Test func theNameOrderIsComputedOnceAndCanBeHandedIn() {
    let graph = Self.hubGraph
    let order = Self.hubOrder
    #expect(graph.name(of: order.entity(at: 0)) == "Hub Holdings")
    #expect(graph.name(of: order.entity(at: 1)) == "Leaf 0")
    #expect(graph.name(of: order.entity(at: 2)) == "Leaf 1")
    #expect(graph.name(of: order.entity(at: 3)) == "Leaf 10")
    var state = BrowserState(
      graph: graph, start: nil, size: ScreenSize(columns: 80, rows: 24), order: order)
    _ = state.handle(.key(.character("G")))
    #expect(state.selection == Self.leafCount)
    #expect(order.position(of: order.entity(at: 777)) == 777)
  }

  @Test func namesSortIgnoringCaseThenByDatasetOrder() {
    var builder = GraphBuilder()
    for (id, name) in [
      ("1", "beta"), ("2", "Alpha"), ("3", "中国"), ("4", "alpha"), ("5", "ALPHABET-LONG"),
      ("6", "alphabet-long"),
    ] {
      _ = builder.addEntity(
        id: id, name: name, type: nil, aliases: [], description: nil, attributes: [])
    }
    let graph = builder.build(metadata: DatasetMetadata(title: "", description: nil, sources: []))
      .graph
    let order = EntityOrder(graph: graph)
    let ids = (0..<graph.entityCount).map { graph.id(of: order.entity(at: $0)) }
    #expect(ids == ["2", "4", "5", "6", "1", "3"])
  }
}
