import GraphExport
import JSONDataset
import KnowledgeGraph
import Scripting
import Testing

/// Every command's text and JSON output on the crafted fixture graph.
@Suite struct FixtureGoldenTests {
  let output = CommandOutput(graph: Fixture.graph)

  @Test func showListsAttributesAndRelationGroupsWithInverseLabels() {
    let acme = output.show("acme")
    Golden.check("fixture-show-acme.txt", acme.text)
    Golden.check("fixture-show-acme.json", acme.json)
    #expect(acme.text.contains("  has subsidiary (2)\n    Beta Labs (beta) [article]\n"))
  }

  @Test func showLimitsEachGroupAndCountsTheRest() {
    let acme = output.show("acme", limit: 1)
    Golden.check("fixture-show-acme-limit-1.txt", acme.text)
    #expect(acme.text.contains("    … 1 more\n"))
  }

  @Test func showEscapesHostileText() {
    Golden.check("fixture-show-evil.txt", output.show("evil").text)
    Golden.check("fixture-show-evil.json", output.show("evil").json)
  }

  @Test func neighborsListDistanceAndTheRelationThatReachedEach() throws {
    let acme = try output.neighbors("acme")
    Golden.check("fixture-neighbors-acme.txt", acme.text)
    Golden.check("fixture-neighbors-acme.json", acme.json)
    let outward = try output.neighbors("beta", depth: 2, direction: .outgoing)
    Golden.check("fixture-neighbors-beta-out-2.txt", outward.text)
    let typed = try output.neighbors("delta", depth: 2, direction: .incoming, types: ["located in"])
    Golden.check("fixture-neighbors-delta-in-located.json", typed.json)
  }

  @Test func pathReadsAsAChainAndAsNumberedSteps() throws {
    let path = try output.path("beta", "gamma")
    Golden.check("fixture-path-beta-gamma.txt", path.text)
    Golden.check("fixture-path-beta-gamma.json", path.json)
    #expect(path.text.hasPrefix("Beta Labs —subsidiary of→ Acme Corp ←subsidiary of— Gamma Inc\n"))
  }

  @Test func pathAllListsEveryShortestPath() throws {
    let path = try output.path("beta", "delta", all: true)
    Golden.check("fixture-path-beta-delta-all.txt", path.text)
    Golden.check("fixture-path-beta-delta-all.json", path.json)
  }

  @Test func pathThatViaBlocksSaysSoAndListsNoPath() throws {
    let path = try output.path("beta", "gamma", via: ["partner_of"])
    Golden.check("fixture-path-blocked.json", path.json)
    #expect(path.text.isEmpty)
    #expect(path.message == "kg: no path from beta to gamma within 6 hops via partner_of")
  }

  @Test func statsCountTypesHubsAndComponents() {
    let stats = output.stats()
    Golden.check("fixture-stats.txt", stats.text)
    Golden.check("fixture-stats.json", stats.json)
  }

  @Test func ambiguousNamesListTheCandidates() {
    let twin = output.unresolved("twin")
    Golden.check("fixture-ambiguous-twin.txt", twin.message)
    Golden.check("fixture-ambiguous-twin.json", twin.json)
  }

  @Test func unknownNamesSuggestTheClosest() {
    let typo = output.unresolved("gama")
    Golden.check("fixture-not-found-gama.txt", typo.message)
    Golden.check("fixture-not-found-gama.json", typo.json)
  }

  @Test func exportsEveryFormatWholeAndAround() {
    let graph = Fixture.graph
    let whole = GraphSelection.whole(graph)
    let around = GraphSelection.around(Fixture.entity("beta"), depth: 1, in: graph)
    Golden.check("fixture-export.json", DatasetExporter(graph: graph, selection: whole).rendered())
    Golden.check(
      "fixture-export-around-beta.json", DatasetExporter(graph: graph, selection: around).rendered()
    )
    Golden.check("fixture-export.dot", DOTExporter(graph: graph, selection: whole).rendered())
    Golden.check(
      "fixture-export.graphml", GraphMLExporter(graph: graph, selection: whole).rendered())
  }
}
