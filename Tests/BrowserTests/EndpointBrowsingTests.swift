@testable import Browser
import KnowledgeGraph
import Testing

/// The browser on an endpoint: pages arrive as events, and once there they
/// read exactly as a file's pages do.
@Suite struct EndpointBrowsingTests {
  let size = ScreenSize(columns: 100, rows: 30)

  func rows(_ state: BrowserState) -> [String] {
    let buffer = Screens.render(state)
    return (0..<buffer.size.rows).map { buffer.text(ofRow: $0) }
  }

  func screen(_ state: BrowserState) -> String { rows(state).joined(separator: "\n") }

  /// The rows under the header, with the list pane's title left out: it
  /// reads "On this page" on an endpoint and "Entities" for a file.
  static func belowTitles(_ rows: [String]) -> [String] {
    let titles = rows[1]
    return [String(titles[(titles.firstIndex(of: "│") ?? titles.startIndex)...])]
      + rows.dropFirst(2)
  }

  /// An endpoint session on the page of `id`, every request answered.
  func opened(_ id: String, standIn: inout EndpointStandIn) -> BrowserState {
    var state = EndpointStandIn.state(size: size)
    standIn.send(Screens.type(Fixture.iriPrefix + id) + [.enter], to: &state)
    return state
  }

  @Test func opensOnTheSearchPromptWithTheEndpointsName() {
    let state = EndpointStandIn.state(size: size)
    #expect(rows(state)[0].contains("sparql.example.org"))
    #expect(rows(state)[1].hasPrefix(" / "))
    #expect(state.isHome == false)
  }

  @Test func aPageShowsLoadingAtOnceThenTheCardWhenItComes() {
    var state = EndpointStandIn.state(size: size)
    let effects = state.openPage(iri: Fixture.iriPrefix + "alibaba", name: "Alibaba Group")
    guard case .loadPage(let iri, let generation, false)? = effects.first else {
      Issue.record("expected a page request, got \(effects)")
      return
    }
    #expect(iri == Fixture.iriPrefix + "alibaba")
    #expect(screen(state).contains("loading…"))
    #expect(rows(state)[0].hasSuffix("Alibaba Group "))
    _ = state.handle(EndpointStandIn().page("alibaba", generation: generation))
    #expect(!screen(state).contains("loading…"))
    #expect(screen(state).contains("has subsidiary (8)"))
  }

  @Test func theSameKeysShowTheSameScreensAsAFile() {
    var standIn = EndpointStandIn()
    var endpoint = opened("alibaba", standIn: &standIn)
    var file = Screens.state(
      start: Fixture.iriPrefix + "alibaba", size: size, graph: Fixture.iriGraph)
    let keys: [[Key]] = [
      [.down], [.down, .down], [.enter], [.down, .enter], [.left], [.character("]")], [.tab],
      [.down, .down], [.tab], [.end],
    ]
    for step in keys {
      standIn.send(step, to: &endpoint)
      Screens.send(step, to: &file)
      #expect(Self.belowTitles(rows(endpoint)) == Self.belowTitles(rows(file)), "after \(step)")
    }
  }

  @Test func aLateAnswerNeverReplacesANewerPage() {
    var standIn = EndpointStandIn()
    var state = EndpointStandIn.state(size: size)
    let first = state.openPage(iri: Fixture.iriPrefix + "alibaba", name: "Alibaba Group")
    let second = state.openPage(iri: Fixture.iriPrefix + "damo", name: "DAMO Academy")
    guard case .loadPage(_, let old, _)? = first.first,
      case .loadPage(_, let new, _)? = second.first
    else {
      Issue.record("expected two page requests")
      return
    }
    _ = state.handle(standIn.page("alibaba", generation: old))
    #expect(screen(state).contains("loading…"))
    #expect(state.currentEntity == nil)
    _ = state.handle(standIn.page("damo", generation: new))
    #expect(state.graph.id(of: state.currentEntity!) == Fixture.iriPrefix + "damo")
    standIn.dropWaiting()
  }

  @Test func backAndForwardShowVisitedPagesWithoutAsking() {
    var standIn = EndpointStandIn()
    var state = opened("alibaba", standIn: &standIn)
    standIn.send([.down, .enter], to: &state)
    let asked = standIn.requests.count
    standIn.send([.left], to: &state)
    #expect(rows(state)[0].hasSuffix("Alibaba Group "))
    standIn.send([.character("]")], to: &state)
    #expect(standIn.requests.count == asked)
  }

  @Test func escapeCancelsAPageStillLoadingAndGoesBack() {
    var standIn = EndpointStandIn()
    var state = opened("alibaba", standIn: &standIn)
    standIn.take(state.handle(.key(.down)))
    standIn.take(state.handle(.key(.enter)))
    standIn.dropWaiting()
    #expect(screen(state).contains("loading…"))
    let effects = state.handle(.key(.escape))
    #expect(effects.contains { if case .cancelPage = $0 { true } else { false } })
    #expect(rows(state)[0].hasSuffix("Alibaba Group "))
    #expect(!screen(state).contains("loading…"))
  }

  @Test func controlLAsksTheEndpointAgain() {
    var standIn = EndpointStandIn()
    var state = opened("alibaba", standIn: &standIn)
    let effects = state.handle(.key(.control("l")))
    #expect(
      effects.contains(
        .loadPage(iri: Fixture.iriPrefix + "alibaba", generation: state.generation, refresh: true)))
    #expect(effects.contains(.redrawAll))
    #expect(!screen(state).contains("loading…"), "the page stays while it is fetched again")
  }

  @Test func aFailureShowsWhyAndControlLTriesAgain() {
    var state = EndpointStandIn.state(size: size)
    let effects = state.openPage(iri: "https://example.org/gone", name: "Gone")
    guard case .loadPage(_, let generation, _)? = effects.first else {
      Issue.record("expected a page request")
      return
    }
    _ = state.handle(
      .pageFailed(generation: generation, message: "HTTP 503 from sparql.example.org"))
    #expect(screen(state).contains("Could not load this page: HTTP 503 from sparql.example.org."))
    let retry = state.handle(.key(.control("l")))
    #expect(retry.contains { if case .loadPage(_, _, true) = $0 { true } else { false } })
    #expect(screen(state).contains("loading…"))
  }

  @Test func aLargeGroupShowsTheEndpointsCount() {
    let graph = Fixture.iriGraph
    let alibaba = graph.entityIndex(forID: Fixture.iriPrefix + "alibaba")!
    let page = PageGraph(graph: graph, entity: alibaba) { group in
      graph.relationType(group.type).key == "subsidiary_of" ? 12_345 : group.count
    }
    var state = EndpointStandIn.state(size: size)
    guard
      case .loadPage(_, let generation, _)? = state.openPage(
        iri: Fixture.iriPrefix + "alibaba", name: "Alibaba"
      ).first
    else { return }
    _ = state.handle(.page(generation: generation, page: page))
    #expect(screen(state).contains("has subsidiary (8 of 12345)"))
  }

  @Test func searchResultsOpenTheirPages() {
    var standIn = EndpointStandIn()
    var state = EndpointStandIn.state(size: size)
    standIn.send(Screens.type("tmall"), to: &state)
    #expect(screen(state).contains("Tmall"))
    standIn.send([.enter], to: &state)
    #expect(
      standIn.requests.contains(
        .loadPage(iri: Fixture.iriPrefix + "tmall", generation: state.generation, refresh: false)))
    #expect(rows(state)[0].hasSuffix("Tmall "))
  }

  @Test func theStatusLineSaysWhenTheLabelIndexFoundTheResults() {
    for fromIndex in [false, true] {
      var standIn = EndpointStandIn()
      standIn.searchesFromLabelIndex = fromIndex
      var state = EndpointStandIn.state(size: size)
      standIn.send(Screens.type("tmall"), to: &state)
      let status = rows(state)[size.rows - 1]
      #expect(status.contains(" search "))
      #expect(status.contains("search · label index") == fromIndex, "\(status)")
    }
  }

  @Test func aPathOverTheEndpointWalksIntoHistory() {
    var standIn = EndpointStandIn()
    var state = opened("tmall", standIn: &standIn)
    standIn.send([.character("p")] + Screens.type("hefei") + [.enter], to: &state)
    #expect(standIn.requests.contains { if case .findEndpointPath = $0 { true } else { false } })
    #expect(screen(state).contains("Path"))
    #expect(rows(state)[0].hasSuffix("Hefei "))
    #expect(!screen(state).contains("loading…"))
  }

  @Test func noPathSaysWhyTheSearchStopped() {
    var standIn = EndpointStandIn()
    var state = opened("tmall", standIn: &standIn)
    standIn.send([.character("p")] + Screens.type("baidu"), to: &state)
    standIn.take(state.handle(.key(.enter)))
    standIn.dropWaiting()
    let message = "none within 4 hops after 37 queries"
    _ = state.handle(
      .endpointPath(generation: state.generation, steps: nil, graph: nil, message: message))
    #expect(screen(state).contains("No path from Tmall to Baidu: none"))
    #expect(screen(state).contains("within 4 hops after 37 queries."))
  }

  @Test func homeNamesTheEndpointWithoutCountingIt() {
    var standIn = EndpointStandIn()
    var state = opened("alibaba", standIn: &standIn)
    standIn.send([.character("H")], to: &state)
    #expect(screen(state).contains("A SPARQL endpoint: / searches it."))
    #expect(!screen(state).contains("Entity types"))
  }

  @Test func theCommandLinePathAsksTheEndpoint() {
    var standIn = EndpointStandIn()
    var state = opened("tmall", standIn: &standIn)
    standIn.send([.character(":")] + Screens.type("path Alibaba") + [.enter], to: &state)
    #expect(standIn.requests.contains { if case .findEndpointPath = $0 { true } else { false } })
    #expect(!standIn.requests.contains { if case .findPath = $0 { true } else { false } })
  }

  @Test func exportFromTheCommandLineSaysToUseTheCommand() {
    var standIn = EndpointStandIn()
    var state = opened("tmall", standIn: &standIn)
    standIn.send([.character(":")] + Screens.type("export dot /tmp/x.dot") + [.enter], to: &state)
    #expect(!standIn.requests.contains { if case .export = $0 { true } else { false } })
    #expect(screen(state).contains("kg export --sparql URL --around ID"))
  }

  /// A hub with three of its 500 members, as an endpoint page holds a large group.
  static func hubPage() -> PageGraph {
    var builder = GraphBuilder()
    let memberOf = "https://example.org/memberOf"
    builder.declareRelationType(
      key: memberOf, label: "member of", inverseLabel: "has member", isSymmetric: false)
    _ = builder.addEntity(
      id: "https://example.org/hub", name: "Hub", type: "Thing", aliases: [], description: nil,
      attributes: [])
    for number in 1...3 {
      let member = builder.addEntity(
        id: "https://example.org/m\(number)", name: "Member \(number)", type: "Thing",
        aliases: [], description: nil, attributes: [])!
      builder.addRelation(
        from: member, type: builder.relationType(forKey: memberOf), to: EntityIndex(0),
        source: nil, quote: nil, attributes: [])
    }
    let graph = builder.build(
      metadata: DatasetMetadata(title: "hub", description: nil, sources: [])
    ).graph
    return PageGraph(graph: graph, entity: EntityIndex(0)) { _ in 500 }
  }

  @Test func plusAsksForMoreOfTheLargeGroupUnderTheCursor() {
    var state = EndpointStandIn.state(size: size)
    let effects = state.openPage(iri: "https://example.org/hub", name: "Hub")
    guard case .loadPage(_, let generation, _)? = effects.first else {
      Issue.record("expected a page request")
      return
    }
    _ = state.handle(.page(generation: generation, page: Self.hubPage()))
    #expect(screen(state).contains("has member (3 of 500)"))
    #expect(screen(state).contains("… 497 more on the endpoint; + fetches more"))
    let more = state.handle(.key(.character("+")))
    #expect(
      more == [
        .loadMore(
          iri: "https://example.org/hub", predicate: "https://example.org/memberOf",
          isIncoming: true, generation: state.generation)
      ])
    #expect(screen(state).contains("fetching more of has member…"))
    #expect(screen(state).contains("Member 1"), "the page stays while more is fetched")
  }
}
