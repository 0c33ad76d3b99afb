import GraphExport
import KnowledgeGraph
import Scripting
import Testing

/// Every command's output on the bundled dataset, as a user of `kg` sees it.
@Suite struct BundledGoldenTests {
  let output = CommandOutput(graph: Fixture.bundled)

  @Test func showAlimama() {
    let card = output.show("alimama")
    Golden.check("bundled-show-alimama.txt", card.text)
    Golden.check("bundled-show-alimama.json", card.json)
  }

  @Test func neighborsOfAlibaba() throws {
    let neighbors = try output.neighbors("alibaba")
    Golden.check("bundled-neighbors-alibaba.txt", neighbors.text)
    Golden.check("bundled-neighbors-alibaba.json", neighbors.json)
  }

  @Test func pathFromSMICToAlimama() throws {
    let path = try output.path("smic", "alimama")
    Golden.check("bundled-path-smic-alimama.txt", path.text)
    Golden.check("bundled-path-smic-alimama.json", path.json)
    let all = try output.path("smic", "alimama", all: true)
    Golden.check("bundled-path-smic-alimama-all.txt", all.text)
  }

  @Test func viaThatBlocksEveryPath() throws {
    let path = try output.path("smic", "alimama", via: ["partner_of"])
    #expect(path.text.isEmpty)
    Golden.check("bundled-path-smic-alimama-via-partner.txt", path.message ?? "found a path")
    Golden.check("bundled-path-smic-alimama-via-partner.json", path.json)
  }

  @Test func ambiguousName() {
    let peking = output.unresolved("Peking")
    Golden.check("bundled-ambiguous-peking.txt", peking.message)
    Golden.check("bundled-ambiguous-peking.json", peking.json)
  }

  @Test func unknownName() {
    let typo = output.unresolved("alibabba")
    Golden.check("bundled-not-found-alibabba.txt", typo.message)
    Golden.check("bundled-not-found-alibabba.json", typo.json)
  }

  @Test func stats() {
    let stats = output.stats()
    Golden.check("bundled-stats.txt", stats.text)
    Golden.check("bundled-stats.json", stats.json)
  }

  @Test func exportAroundAlibabaAsDOT() {
    let graph = Fixture.bundled
    let around = GraphSelection.around(Fixture.entity("alibaba", in: graph), depth: 1, in: graph)
    Golden.check(
      "bundled-export-around-alibaba.dot", DOTExporter(graph: graph, selection: around).rendered())
  }
}
