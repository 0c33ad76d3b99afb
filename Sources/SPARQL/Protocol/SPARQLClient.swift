import Foundation
import KnowledgeGraph

/// Sends queries to one SPARQL endpoint over the SPARQL 1.1 Protocol and
/// returns parsed answers or a `SPARQLError`, never a trap.
///
/// Calls block the caller's thread: kg's runner already runs effects off the
/// input loop, and the commands are synchronous. A client can be shared by
/// threads; it keeps connections alive between requests.
public final class SPARQLClient: Sendable {
  static let resultsMediaTypes: Set = ["application/sparql-results+json", "application/json", ""]
  static let nTriplesMediaTypes: Set = [
    "application/n-triples", "text/plain", "text/ntriples", "application/ntriples", "",
  ]

  public let configuration: EndpointConfiguration
  private let transport: HTTPTransport
  private let sleeper: any RetrySleeper
  private let now: @Sendable () -> Date

  /// A client for the endpoint `configuration` describes.
  public convenience init(configuration: EndpointConfiguration) {
    self.init(
      configuration: configuration, sleeper: CancellableSleeper(), now: { Date() })
  }

  /// A client with its waits and clock injected, for tests.
  package init(
    configuration: EndpointConfiguration, sleeper: any RetrySleeper,
    now: @escaping @Sendable () -> Date
  ) {
    self.configuration = configuration
    self.sleeper = sleeper
    self.now = now
    transport = HTTPTransport(configuration: configuration)
  }

  /// Runs a SELECT query (`Accept: application/sparql-results+json`).
  public func select(_ query: String, cancellation: RequestCancellation? = nil)
    throws(SPARQLError) -> SPARQLResults
  {
    let answer = try results(query, cancellation: cancellation)
    guard case .bindings(let variables, let rows) = try parse(answer) else {
      throw .malformedResults(
        host: configuration.hostLabel, detail: "expected a table, found an ASK answer")
    }
    return SPARQLResults(variables: variables, rows: rows, isPartial: answer.isPartial)
  }

  /// Runs an ASK query.
  public func ask(_ query: String, cancellation: RequestCancellation? = nil)
    throws(SPARQLError) -> Bool
  {
    guard case .boolean(let value) = try parse(results(query, cancellation: cancellation)) else {
      throw .malformedResults(
        host: configuration.hostLabel, detail: "expected an ASK answer, found a table")
    }
    return value
  }

  /// Runs a CONSTRUCT or DESCRIBE query and returns the graph as N-Triples
  /// (`Accept: application/n-triples`), for kg's own N-Triples reader.
  public func construct(_ query: String, cancellation: RequestCancellation? = nil)
    throws(SPARQLError) -> SPARQLGraphAnswer
  {
    let answer = try fetch(query, accept: "application/n-triples", cancellation: cancellation)
    try check(answer, accepting: Self.nTriplesMediaTypes)
    return SPARQLGraphAnswer(bytes: answer.body, isPartial: answer.isPartial)
  }

  private func results(_ query: String, cancellation: RequestCancellation?)
    throws(SPARQLError) -> HTTPAnswer
  {
    let answer = try fetch(
      query, accept: "application/sparql-results+json", cancellation: cancellation)
    try check(answer, accepting: Self.resultsMediaTypes)
    return answer
  }

  private func parse(_ answer: HTTPAnswer) throws(SPARQLError) -> ResultsDocument {
    do {
      return try ResultsJSONParser.parse(answer.body)
    } catch {
      let detail = "\(error.message) at byte \(error.offset)"
      throw .malformedResults(
        host: configuration.hostLabel, detail: TerminalSafeText.singleLine(detail))
    }
  }

  /// Refuses an HTML page or a media type the request did not ask for.
  private func check(_ answer: HTTPAnswer, accepting mediaTypes: Set<String>) throws(SPARQLError) {
    if answer.isHTML { throw .html(host: configuration.hostLabel) }
    guard mediaTypes.contains(answer.mediaType) else {
      throw .unexpectedMediaType(
        host: configuration.hostLabel,
        mediaType: TerminalSafeText.singleLine(String(answer.mediaType.prefix(100))))
    }
  }

  /// Sends the query, retrying 429 and 503 answers as `RetryPolicy` allows,
  /// and turns any other answer outside 2xx into an error.
  private func fetch(_ query: String, accept: String, cancellation: RequestCancellation?)
    throws(SPARQLError) -> HTTPAnswer
  {
    let request = QueryRequest.make(query: query, accept: accept, configuration: configuration)
    let policy = RetryPolicy(
      maximumRetries: configuration.maximumRetries,
      maximumTotalWait: configuration.maximumRetryWait)
    var waited: TimeInterval = 0
    var attempt = 0
    while true {
      let answer = try transport.perform(request, cancellation: cancellation)
      if RetryPolicy.isRetryable(status: answer.status),
        let wait = policy.delay(
          attempt: attempt, retryAfter: answer.header("Retry-After"), alreadyWaited: waited,
          now: now())
      {
        guard sleeper.sleep(seconds: wait, cancellation: cancellation) else { throw .cancelled }
        waited += wait
        attempt += 1
        continue
      }
      guard (200..<300).contains(answer.status) else {
        throw .httpStatus(
          host: configuration.hostLabel, status: answer.status, detail: answer.errorDetail)
      }
      return answer
    }
  }
}
