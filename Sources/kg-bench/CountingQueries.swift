import SPARQL
import Synchronization

/// Passes kg's queries to the real client and keeps them, so the benchmark
/// can check the three-queries-a-page bar, replay the very same texts with
/// curl, and split a page's time between the client and the rest of kg.
/// `take()` hands them over and forgets them, so a long run does not hold
/// thousands of query texts and spoil the memory figure.
final class CountingQueries: SPARQLQuerying {
  /// What `SPARQLClient` asks for in each case.
  static let resultsMediaType = "application/sparql-results+json"
  static let nTriplesMediaType = "application/n-triples"

  let client: SPARQLClient
  private let sent = Mutex<[RecordedQuery]>([])

  init(_ client: SPARQLClient) { self.client = client }

  /// The queries answered since the last call; with `failed`, also those
  /// the endpoint failed.
  func take(failed: Bool = false) -> [RecordedQuery] {
    sent.withLock { queries in
      defer { queries = [] }
      return failed ? queries : queries.filter { !$0.failed }
    }
  }

  func select(_ query: String, cancellation: RequestCancellation?) throws(SPARQLError)
    -> SPARQLResults
  {
    try timed(query, accept: Self.resultsMediaType) { () throws(SPARQLError) in
      try client.select(query, cancellation: cancellation)
    }
  }

  func construct(_ query: String, cancellation: RequestCancellation?) throws(SPARQLError)
    -> SPARQLGraphAnswer
  {
    try timed(query, accept: Self.nTriplesMediaType) { () throws(SPARQLError) in
      try client.construct(query, cancellation: cancellation)
    }
  }

  private func timed<Answer>(
    _ query: String, accept: String, _ body: () throws(SPARQLError) -> Answer
  ) throws(SPARQLError) -> Answer {
    let clock = ContinuousClock()
    let start = clock.now
    var failed = true
    defer {
      let seconds = (clock.now - start).seconds
      let recorded = RecordedQuery(text: query, accept: accept, seconds: seconds, failed: failed)
      sent.withLock { $0.append(recorded) }
    }
    let answer = try body()
    failed = false
    return answer
  }
}
