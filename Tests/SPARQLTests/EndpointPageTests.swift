import Foundation
import KnowledgeGraph
import RDF
import SPARQL
import TestEndpoints
import Testing

/// Pages, large groups, search and paths read from a real Oxigraph holding a
/// hub with 250 members, counted query by query.
@Suite(.serialized) struct EndpointPageTests {
  static let base = "https://example.org/"
  static let hubMembers = 250

  /// A hub with 250 members pointing at it, a chain hub → a → b → c, and
  /// labels in two languages.
  static let data: String = {
    var lines = [
      "<\(base)hub> <http://www.w3.org/2000/01/rdf-schema#label> \"Hub\"@en .",
      "<\(base)hub> <http://www.w3.org/2000/01/rdf-schema#label> \"枢纽\"@zh .",
      "<\(base)memberOf> <http://www.w3.org/2000/01/rdf-schema#label> \"member of\" .",
      "<\(base)hub> <\(base)next> <\(base)a> .", "<\(base)a> <\(base)next> <\(base)b> .",
      "<\(base)b> <\(base)next> <\(base)c> .",
      "<\(base)c> <http://www.w3.org/2000/01/rdf-schema#label> \"Quote \\\" and } brace\" .",
    ]
    for number in 0..<hubMembers {
      let member = String(format: "m%03d", number)
      lines.append("<\(base)\(member)> <\(base)memberOf> <\(base)hub> .")
      lines.append(
        "<\(base)\(member)> <http://www.w3.org/2000/01/rdf-schema#label> \"Member \(member)\" .")
    }
    return lines.joined(separator: "\n") + "\n"
  }()

  static let server = Result { () throws -> OxigraphEndpoint in
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-sparql-pages-\(getpid()).nt").path
    try data.write(toFile: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: file) }
    return try OxigraphEndpoint(loading: file, ownServer: true)
  }

  func source() throws -> (EndpointSource, CountingEndpoint) {
    let configuration = try EndpointConfiguration(
      url: Self.server.get().url, environment: [:], netrcPath: "/nonexistent")
    let counting = CountingEndpoint(SPARQLClient(configuration: configuration))
    let source = EndpointSource(
      client: counting, name: "oxigraph",
      options: RDFLoadOptions(languages: LanguagePreference(list: "en")))
    return (source, counting)
  }

  @Test func aPageCostsThreeQueriesAndHoldsTheFirstHundredOfALargeGroup() throws {
    let (source, counting) = try source()
    let page = try source.page(for: Self.base + "hub")
    #expect(counting.queries.count == 3)
    #expect(page.graph.name(of: page.entity) == "Hub")
    let members = try #require(
      page.graph.relationGroups(of: page.entity).first { $0.direction == .incoming })
    #expect(members.count == 100)
    #expect(page.total(of: members) == Self.hubMembers)
    #expect(page.graph.relationType(members.type).label == "member of")
  }

  @Test func moreFetchesTheNextHundredInOrderThenTheRest() throws {
    let (source, counting) = try source()
    var page = try source.page(for: Self.base + "hub")
    var seen = Set<String>()
    for expected in [200, 250] {
      let group = try #require(
        page.graph.relationGroups(of: page.entity).first { $0.direction == .incoming })
      counting.reset()
      page = try source.more(of: page, group: try #require(page.unfetched(group)))
      #expect(counting.queries.count == 2)
      let grown = try #require(
        page.graph.relationGroups(of: page.entity).first { $0.direction == .incoming })
      #expect(grown.count == expected)
      seen = Set(
        page.graph.edges(of: page.entity, direction: .incoming).map { page.graph.id(of: $0.other) })
    }
    #expect(seen.count == Self.hubMembers)
    let last = try #require(
      page.graph.relationGroups(of: page.entity).first { $0.direction == .incoming })
    #expect(page.unfetched(last) == nil)
  }

  @Test func searchRanksCandidatesWithKgsIndex() throws {
    let (source, counting) = try source()
    let found = try source.search("member m01", limit: 5)
    #expect(counting.queries.count == 2)
    #expect(found.results.count == 5)
    #expect(found.graph.name(of: found.results[0].entity).hasPrefix("Member m01"))
  }

  @Test func searchTextWithQuotesAndBracesMeansWhatItSays() throws {
    let (source, _) = try source()
    let found = try source.search("\" and }", limit: 5)
    #expect(found.results.map { found.graph.id(of: $0.entity) } == [Self.base + "c"])
  }

  @Test func aPathIsFoundFromBothEndsWithinTheBudget() throws {
    let (source, _) = try source()
    guard
      case .found(let graph, let result, _, _, let queries) = try source.path(
        from: Self.base + "m007", to: Self.base + "c")
    else {
      Issue.record("no path")
      return
    }
    #expect(result.length == 4)
    #expect(queries <= 5)
    #expect(graph.name(of: result.paths[0][0].from) == "Member m007")
  }

  @Test func aHubIsWalkedThroughOnlyToMeetTheOtherEnd() throws {
    let (source, _) = try source()
    let budget = PathBudget(maxHops: 4, maxFanIn: 100)
    guard
      case .found(_, let result, _, _, _) = try source.path(
        from: Self.base + "m007", to: Self.base + "m008", budget: budget)
    else {
      Issue.record("no path through the hub to the other end")
      return
    }
    #expect(result.length == 2)
  }

  @Test func aPathBudgetThatRunsOutSaysSo() throws {
    let (source, _) = try source()
    let outcome = try source.path(
      from: Self.base + "m007", to: Self.base + "c", budget: PathBudget(maxHops: 4, maxQueries: 1))
    guard case .none(_, let queries, let isExhausted) = outcome else {
      Issue.record("found a path with one query")
      return
    }
    #expect(queries == 1)
    #expect(isExhausted)
  }

  @Test func anUnknownEntityIsAFailureNotATrap() throws {
    let (source, _) = try source()
    #expect(throws: EndpointFailure.self) { try source.page(for: Self.base + "nothing") }
  }

  @Test func theLanguagePreferenceNamesTheHub() throws {
    let configuration = try EndpointConfiguration(
      url: Self.server.get().url, environment: [:], netrcPath: "/nonexistent")
    let source = EndpointSource(
      client: SPARQLClient(configuration: configuration), name: "oxigraph",
      options: RDFLoadOptions(languages: LanguagePreference(list: "zh,en")))
    let page = try source.page(for: Self.base + "hub")
    #expect(page.graph.name(of: page.entity) == "枢纽")
    #expect(page.graph.aliases(of: page.entity) == ["Hub"])
  }
}
