import Foundation
import HTTPStub
import SPARQL
import Testing

/// Every way an endpoint can fail ends in a `SPARQLError` with a one-line message.
struct FaultTests {
  private func failure(
    _ reply: StubReply, _ adjust: (inout EndpointConfiguration) -> Void = { _ in }
  ) throws -> (message: String, host: String) {
    let stub = try HTTPStub()
    stub.enqueue(reply)
    let error = StubClient.error { try StubClient.make(stub, adjust).select("SELECT * {}") }
    return (error?.description ?? "no error", "127.0.0.1:\(stub.port)")
  }

  @Test func aStoppedEndpointIsRefused() throws {
    let stub = try HTTPStub()
    stub.stop()
    let error = StubClient.error { try StubClient.make(stub).select("SELECT * {}") }
    #expect(error?.description == "cannot reach 127.0.0.1:\(stub.port): connection refused")
  }

  @Test func anEndpointThatDoesNotAnswerTimesOut() throws {
    let gate = StubGate()
    defer { gate.open() }
    let (message, host) = try failure(.afterGate(gate, .resultsJSON(Answers.empty))) {
      $0.queryTimeout = 0.2
    }
    #expect(message == "\(host) timed out after 0.2 s")
  }

  @Test func aServerErrorShowsTheFirstLineOfTheBody() throws {
    let (message, host) = try failure(
      .text(500, "\n  Virtuoso 37000 Error SP030: syntax error\u{1B}[2J at '}'\nstack trace…\n"))
    #expect(
      message == "HTTP 500 from \(host): Virtuoso 37000 Error SP030: syntax error\\u{1B}[2J at '}'")
  }

  @Test func anErrorWithoutABodyShowsTheReason() throws {
    let (message, host) = try failure(.respond(status: 404, headers: [], body: []))
    #expect(message == "HTTP 404 from \(host): not found")
  }

  @Test func aLongErrorLineIsShortened() throws {
    let (message, _) = try failure(.text(400, String(repeating: "x", count: 5_000)))
    #expect(message.hasSuffix(String(repeating: "x", count: 200) + "…"))
  }

  @Test func anHTMLErrorPageShowsItsTitle() throws {
    let (message, host) = try failure(.html(502))
    #expect(message == "HTTP 502 from \(host): Sign in")
  }

  @Test func anHTMLPageInsteadOfResultsSaysSo() throws {
    let (message, host) = try failure(.html())
    #expect(message == "\(host) answered with HTML, not SPARQL results")
  }

  @Test func htmlIsRecognisedByItsBytesToo() throws {
    let (message, host) = try failure(
      .respond(
        status: 200, headers: [("Content-Type", "application/sparql-results+json")],
        body: Array("\n<!doctype html><html></html>".utf8)))
    #expect(message == "\(host) answered with HTML, not SPARQL results")
  }

  @Test func anotherMediaTypeSaysWhich() throws {
    let (message, host) = try failure(
      .respond(status: 200, headers: [("Content-Type", "application/sparql-results+xml")], body: [])
    )
    #expect(message == "\(host) answered with application/sparql-results+xml, not SPARQL results")
  }

  @Test func aBodyCutHalfwayIsTruncated() throws {
    let body = Array(Answers.rows(100).utf8)
    let (message, host) = try failure(
      .truncated(
        status: 200, headers: [("Content-Type", "application/sparql-results+json")], body: body,
        sentBytes: body.count / 2))
    #expect(message == "\(host) closed the connection before the answer was complete")
  }

  @Test func aConnectionClosedAtOnceIsTruncated() throws {
    let (message, host) = try failure(.closeAtOnce)
    #expect(message == "\(host) closed the connection before the answer was complete")
  }

  @Test func malformedJSONSaysWhere() throws {
    let (message, host) = try failure(
      .resultsJSON(#"{"head":{"vars":["s"]},"results":{"bindings":[{"s":"#))
    #expect(
      message
        == "\(host) sent malformed SPARQL results: expected a value, found end of file at byte 51")
  }

  @Test func anEndlessStreamIsCutAtTheSizeLimit() throws {
    let (message, host) = try failure(
      .endless(
        status: 200, headers: [("Content-Type", "application/sparql-results+json")],
        prefix: Array(#"{"head":{"vars":["s"]},"results":{"bindings":["#.utf8),
        unit: Array(#"{"s":{"type":"uri","value":"http://e/1"}},"#.utf8))
    ) { $0.maximumResponseBytes = 1 << 20 }
    #expect(message == "\(host) answer is over the 1 MiB limit")
  }

  @Test func anAnnouncedLengthOverTheLimitIsRefusedAtOnce() throws {
    let (message, host) = try failure(
      .truncated(
        status: 200, headers: [("Content-Type", "application/sparql-results+json")],
        body: Array(repeating: 0x20, count: 65 << 20), sentBytes: 0))
    #expect(message == "\(host) answer is over the 64 MiB limit")
  }

  @Test func aLimitJustLargeEnoughIsEnough() throws {
    let body = Answers.rows(10)
    let stub = try HTTPStub()
    stub.enqueue(.resultsJSON(body))
    let client = try StubClient.make(stub) { $0.maximumResponseBytes = body.utf8.count }
    #expect(try client.select("SELECT * {}").rows.count == 10)
  }

  @Test func aTableWhereABooleanWasAskedForIsAnError() throws {
    let stub = try HTTPStub()
    stub.enqueue(.resultsJSON(Answers.empty))
    let error = StubClient.error { try StubClient.make(stub).ask("ASK {}") }
    #expect(
      error?.description
        == "127.0.0.1:\(stub.port) sent malformed SPARQL results: expected an ASK answer, found a table"
    )
  }

  @Test func anAddressThatIsNotHTTPIsRefused() {
    let error = StubClient.error {
      try EndpointConfiguration(url: URL(string: "ftp://example.org/sparql")!, environment: [:])
    }
    #expect(
      error?.description
        == "invalid SPARQL endpoint: the address must start with http:// or https://")
  }

  @Test func credentialsInTheAddressAreRefusedWithoutShowingThem() {
    let error = StubClient.error {
      try EndpointConfiguration(
        url: URL(string: "https://ann:hunter2@example.org/sparql")!, environment: [:])
    }
    let message = error?.description ?? ""
    #expect(message.hasPrefix("invalid SPARQL endpoint: the address must not hold credentials"))
    #expect(!message.contains("hunter2"))
  }
}

/// A host that never completes the TCP handshake fails after the connect
/// timeout, not after the much longer query timeout.
struct ConnectTimeoutTests {
  @Test func aConnectionThatNeverOpensFailsAfterTheConnectTimeout() throws {
    let listener = try FullListener()
    var configuration = try EndpointConfiguration(
      url: URL(string: "http://127.0.0.1:\(listener.port)/sparql")!, environment: [:],
      netrcPath: "/nonexistent")
    configuration.connectTimeout = 0.3
    let error = StubClient.error {
      try SPARQLClient(configuration: configuration).select("SELECT * {}")
    }
    #expect(
      error?.description == "cannot reach 127.0.0.1:\(listener.port): no connection within 0.3 s")
  }
}
