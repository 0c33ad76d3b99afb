import Foundation
import GraphFixtures
import HTTPStub
import SPARQL
import Testing

/// What goes over the wire: method, parameters and headers of the SPARQL 1.1 Protocol.
struct ProtocolTests {
  @Test func aShortQueryIsAGetWithTheHeadersKgPromises() throws {
    let stub = try HTTPStub()
    stub.enqueue(.resultsJSON(Answers.oneRow))
    let results = try StubClient.make(stub).select("SELECT * { ?s ?p ?o } LIMIT 1")
    #expect(results.variables == ["s", "label"])
    #expect(
      results.rows == [
        [.iri("http://example.org/a"), .literal("A", language: "en", datatype: nil)]
      ])
    #expect(!results.isPartial)
    let request = try #require(stub.requests.first)
    #expect(request.method == "GET")
    #expect(request.path == "/sparql")
    #expect(request.queryParameter == "SELECT * { ?s ?p ?o } LIMIT 1")
    #expect(request.header("Accept") == "application/sparql-results+json")
    #expect(
      request.header("User-Agent")
        == "kg/\(EndpointConfiguration.kgVersion) (+https://github.com/kg-browser/kg)")
    #expect(request.header("Accept-Encoding") == "gzip")
    #expect(request.header("Authorization") == nil)
  }

  @Test func aLongQueryIsAFormEncodedPost() throws {
    let stub = try HTTPStub()
    stub.enqueue(.resultsJSON(Answers.empty))
    let query =
      "SELECT ?s { VALUES ?s { " + String(repeating: "<http://example.org/x> ", count: 100)
      + "} } # & = +"
    _ = try StubClient.make(stub).select(query)
    let request = try #require(stub.requests.first)
    #expect(request.method == "POST")
    #expect(request.target == "/sparql")
    #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
    #expect(request.queryParameter == query)
  }

  @Test func theRuleIsTheLengthOfTheWholeURL() throws {
    let stub = try HTTPStub()
    stub.setFallback(.resultsJSON(Answers.empty))
    let client = try StubClient.make(stub)
    let prefix = "SELECT * {} #"
    let base = stub.endpoint.absoluteString + "?query=" + "SELECT%20%2A%20%7B%7D%20%23"
    _ = try client.select(prefix + String(repeating: "a", count: 2_000 - base.utf8.count))
    _ = try client.select(prefix + String(repeating: "a", count: 2_001 - base.utf8.count))
    #expect(stub.requests.map(\.method) == ["GET", "POST"])
  }

  @Test func parametersInTheEndpointAddressAreKept() throws {
    let stub = try HTTPStub()
    stub.setFallback(.resultsJSON(Answers.empty))
    let url = URL(string: stub.endpoint.absoluteString + "?default-graph-uri=http%3A%2F%2Fg")!
    let configuration = try EndpointConfiguration(
      url: url, environment: [:], netrcPath: "/nonexistent")
    let client = SPARQLClient(configuration: configuration)
    _ = try client.select("SELECT * {}")
    _ = try client.select("SELECT * {} #" + String(repeating: "x", count: 3_000))
    let (get, post) = (stub.requests[0], stub.requests[1])
    #expect(get.target.hasPrefix("/sparql?default-graph-uri=http%3A%2F%2Fg&query=SELECT"))
    #expect(post.target == "/sparql")
    #expect(post.bodyText.hasPrefix("default-graph-uri=http%3A%2F%2Fg&query=SELECT"))
  }

  @Test func constructAsksForNTriplesAndReturnsTheBytes() throws {
    let stub = try HTTPStub()
    let triples = "<http://e/a> <http://e/p> \"v\"@en .\n"
    stub.enqueue(
      .respond(
        status: 200, headers: [("Content-Type", "application/n-triples")], body: Array(triples.utf8)
      ))
    let answer = try StubClient.make(stub).construct("CONSTRUCT WHERE { ?s ?p ?o }")
    #expect(answer == SPARQLGraphAnswer(bytes: Array(triples.utf8), isPartial: false))
    #expect(stub.requests.first?.header("Accept") == "application/n-triples")
  }

  @Test func askReadsTheBoolean() throws {
    let stub = try HTTPStub()
    stub.enqueue(
      .resultsJSON(#"{"head":{},"boolean":true}"#),
      .resultsJSON(#"{"boolean":false,"head":{"link":[]}}"#))
    let client = try StubClient.make(stub)
    #expect(try client.ask("ASK {}"))
    #expect(try !client.ask("ASK {}"))
  }

  @Test func aGzipAnswerIsDecoded() throws {
    let stub = try HTTPStub()
    let body = try CompressionTool.compress(Array(Answers.rows(200).utf8), with: "gzip")
    stub.enqueue(
      .respond(
        status: 200,
        headers: [
          ("Content-Type", "application/sparql-results+json"), ("Content-Encoding", "gzip"),
        ],
        body: body))
    #expect(try StubClient.make(stub).select("SELECT * {}").rows.count == 200)
  }

  @Test(arguments: [
    ("206", [] as [String]), ("200", ["X-SQL-State: S1TAT"]), ("200", ["X-SPARQL-MaxRows: 10000"]),
  ])
  func aCappedAnswerIsPartial(status: String, headers: [String]) throws {
    let stub = try HTTPStub()
    let extra = headers.map { line in
      let parts = line.split(separator: ":", maxSplits: 1)
      return (String(parts[0]), parts[1].trimmingCharacters(in: .whitespaces))
    }
    stub.enqueue(
      .respond(
        status: Int(status)!,
        headers: [("Content-Type", "application/sparql-results+json")] + extra,
        body: Array(Answers.oneRow.utf8)),
      .respond(
        status: Int(status)!, headers: [("Content-Type", "application/n-triples")] + extra, body: []
      ))
    let client = try StubClient.make(stub)
    #expect(try client.select("SELECT * {}").isPartial)
    #expect(try client.construct("CONSTRUCT {} {}").isPartial)
  }

  @Test func basicAuthIsSentAndKeptOnARedirectToTheSameOrigin() throws {
    let stub = try HTTPStub()
    stub.enqueue(
      .respond(status: 307, headers: [("Location", "/moved")], body: []),
      .resultsJSON(Answers.empty))
    let configuration = try StubClient.configuration(
      stub, environment: ["KG_SPARQL_USER": "ann", "KG_SPARQL_PASSWORD": "s3cr:t"])
    _ = try SPARQLClient(configuration: configuration).select("SELECT * {}")
    #expect(stub.requests.map(\.path) == ["/sparql", "/moved"])
    #expect(
      stub.requests.map { $0.header("Authorization") }
        == Array(repeating: "Basic YW5uOnMzY3I6dA==", count: 2))
  }

  @Test func credentialsDoNotFollowARedirectToAnotherHost() throws {
    let stub = try HTTPStub()
    let other = try HTTPStub()
    other.enqueue(.resultsJSON(Answers.empty))
    stub.enqueue(
      .respond(
        status: 302, headers: [("Location", "http://localhost:\(other.port)/sparql")], body: []))
    let configuration = try StubClient.configuration(
      stub, environment: ["KG_SPARQL_USER": "ann", "KG_SPARQL_PASSWORD": "secret"])
    _ = try SPARQLClient(configuration: configuration).select("SELECT * {}")
    #expect(stub.requests.first?.header("Authorization") != nil)
    #expect(other.requests.count == 1)
    #expect(other.requests.first?.header("Authorization") == nil)
  }

  @Test func aRestartedEndpointIsReachedAgain() throws {
    let stub = try HTTPStub()
    stub.setFallback(.resultsJSON(Answers.oneRow))
    let client = try StubClient.make(stub)
    #expect(try client.select("SELECT * {}").rows.count == 1)
    stub.stop()
    #expect(
      StubClient.error { try client.select("SELECT * {}") }
        == .unreachable(host: "127.0.0.1:\(stub.port)", reason: "connection refused"))
    try stub.restart()
    #expect(try client.select("SELECT * {}").rows.count == 1)
  }
}
