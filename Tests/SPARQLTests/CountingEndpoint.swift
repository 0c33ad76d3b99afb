import SPARQL
import Synchronization

/// Passes queries to a real client and keeps them, so tests can count the
/// queries a page costs and read what was asked.
final class CountingEndpoint: SPARQLQuerying {
  let client: SPARQLClient
  private let sent = Mutex<[String]>([])

  init(_ client: SPARQLClient) { self.client = client }

  var queries: [String] { sent.withLock { $0 } }

  func reset() { sent.withLock { $0 = [] } }

  func select(_ query: String, cancellation: RequestCancellation?) throws(SPARQLError)
    -> SPARQLResults
  {
    sent.withLock { $0.append(query) }
    return try client.select(query, cancellation: cancellation)
  }

  func construct(_ query: String, cancellation: RequestCancellation?) throws(SPARQLError)
    -> SPARQLGraphAnswer
  {
    sent.withLock { $0.append(query) }
    return try client.construct(query, cancellation: cancellation)
  }
}
