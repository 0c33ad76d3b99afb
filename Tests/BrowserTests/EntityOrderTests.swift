import Browser
import KnowledgeGraph
import Testing

/// The list's name order is built in slices on all cores for large graphs;
/// it must equal one sort by folded name, then dataset order.
struct EntityOrderTests {
  @Test func largeGraphsSortLikeOneSortByFoldedNameThenDatasetOrder() {
    var builder = GraphBuilder()
    let stems = [
      "Alpha", "alpha", "Beta Labs", "beta labs holdings group", "中国", "Zeta", "Po", "po\u{0}",
      "Po\u{0}x", "Sixteen bytes ok", "sixteen bytes ok\u{0}",
    ]
    let count = 70_000
    for number in 0..<count {
      let stem = stems[number * 7 % stems.count]
      let name = number % 5 == 0 ? stem : "\(stem) \(number * 7_919 % 1_000)"
      _ = builder.addEntity(
        id: "e\(number)", name: name, type: nil, aliases: [], description: nil, attributes: [])
    }
    let graph = builder.build(metadata: DatasetMetadata(title: "", description: nil, sources: []))
      .graph
    let order = EntityOrder(graph: graph)
    let folded = (0..<count).map { Array(graph.name(of: EntityIndex($0)).lowercasedASCII.utf8) }
    let expected = (0..<count).sorted {
      folded[$0] == folded[$1] ? $0 < $1 : folded[$0].lexicographicallyPrecedes(folded[$1])
    }
    let firstMismatch = (0..<count).first { order.entity(at: $0).position != expected[$0] }
    #expect(firstMismatch == nil)
    #expect((0..<count).allSatisfy { order.position(of: order.entity(at: $0)) == $0 })
  }
}

extension EntityOrderTests {
  /// The first page is known before the whole order is; a run of names that
  /// share their first 16 bytes across the page's end must still come out
  /// in whole-name order. Positions past the page start a deferred sort.
  @Test(arguments: [true, false])
  func firstPageMatchesTheWholeOrderAcrossARunOfSharedPrefixes(startsSorting: Bool) {
    var names = (0..<1_000).map { "A\(String(format: "%04d", 999 - $0))" }
    names += (0..<100).map { "Ab shared prefix \(String(format: "%03d", $0)) end" }
    names += (0..<69_000).map { "Zeta \($0)" }
    var builder = GraphBuilder()
    for (number, name) in names.enumerated().reversed() {
      _ = builder.addEntity(
        id: "e\(number)", name: name, type: nil, aliases: [], description: nil, attributes: [])
    }
    let graph = builder.build(metadata: DatasetMetadata(title: "", description: nil, sources: []))
      .graph
    let order = EntityOrder(graph: graph, startsSorting: startsSorting)
    let expected = (0..<graph.entityCount).sorted {
      let (first, second) = (graph.name(of: EntityIndex($0)), graph.name(of: EntityIndex($1)))
      return first == second ? $0 < $1 : first.utf8.lexicographicallyPrecedes(second.utf8)
    }
    let shown = (0..<1_200).map { order.entity(at: $0).position }
    #expect(shown == Array(expected.prefix(1_200)))
    #expect((0..<1_200).allSatisfy { order.position(of: EntityIndex(expected[$0])) == $0 })
  }
}

extension EntityOrderTests {
  /// When every name shares its first 16 bytes, the first page is that
  /// whole run sorted by full name, and names arriving in descending order
  /// do not make picking the first page quadratic.
  @Test func firstPageOfNamesThatAllShareTheirStart() {
    let count = 70_000
    var builder = GraphBuilder()
    for number in 0..<count {
      _ = builder.addEntity(
        id: "e\(number)", name: "Generated Company \(String(format: "%06d", count - number))",
        type: nil, aliases: [], description: nil, attributes: [])
    }
    let graph = builder.build(metadata: DatasetMetadata(title: "", description: nil, sources: []))
      .graph
    let order = EntityOrder(graph: graph)
    let shown = (0..<1_200).map { order.entity(at: $0).position }
    #expect(shown == Array((count - 1_200..<count).reversed()))
    #expect(order.position(of: EntityIndex(count - 1)) == 0)
  }
}

extension String {
  fileprivate var lowercasedASCII: String {
    String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
  }
}
