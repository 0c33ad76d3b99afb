import Foundation
import GraphSearch
import KnowledgeGraph
import Testing

/// Random input against the pure core: seeded and reproducible. Set
/// `KG_MONKEY_SEED` to replay a failure and `KG_MONKEY_EVENTS` to run longer.
@Suite struct MonkeyTests {
  static let seed =
    ProcessInfo.processInfo.environment["KG_MONKEY_SEED"].flatMap { UInt64($0) } ?? 20_241_129
  /// Events per run; four runs make the 100,000 of the bar.
  static let events =
    ProcessInfo.processInfo.environment["KG_MONKEY_EVENTS"].flatMap { Int($0) } ?? 25_000

  func run(graph: Graph, seed: UInt64, searchIndex: SearchIndex?) {
    print("monkey: seed \(seed), \(Self.events) events, \(graph.entityCount) entities")
    var monkey = Monkey(graph: graph, seed: seed, searchIndex: searchIndex)
    for number in 0..<Self.events {
      let event = monkey.step()
      if let violation = Invariants.violation(in: monkey.state) {
        Issue.record(
          "monkey failed with KG_MONKEY_SEED=\(seed) at event \(number) (\(event)): \(violation)")
        return
      }
    }
  }

  @Test(arguments: [0, 1] as [UInt64])
  func randomInputOnTheFixture(run number: UInt64) {
    run(
      graph: Fixture.graph, seed: Self.seed &+ number,
      searchIndex: Screens.fixtureIndex)
  }

  @Test(arguments: [4, 5] as [UInt64])
  func randomInputOnAnEndpoint(run number: UInt64) {
    let seed = Self.seed &+ number
    print("monkey: endpoint, seed \(seed), \(Self.events) events")
    var monkey = EndpointMonkey(seed: seed)
    for count in 0..<Self.events {
      let event = monkey.step()
      if let violation = Invariants.violation(in: monkey.state) {
        Issue.record(
          "endpoint monkey failed with KG_MONKEY_SEED=\(seed) at event \(count) (\(event)): \(violation)"
        )
        return
      }
    }
  }

  @Test(arguments: [2, 3] as [UInt64])
  func randomInputOnAGeneratedGraph(run number: UInt64) {
    run(graph: GeneratedGraph.tenThousand, seed: Self.seed &+ number, searchIndex: nil)
  }
}
