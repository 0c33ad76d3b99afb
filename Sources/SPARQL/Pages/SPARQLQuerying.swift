/// What kg asks of an endpoint: rows for SELECT, N-Triples for CONSTRUCT.
/// `SPARQLClient` is the real one; the pages are written against this so
/// the queries and their mapping can be tested apart from the network.
public protocol SPARQLQuerying: Sendable {
  func select(_ query: String, cancellation: RequestCancellation?) throws(SPARQLError)
    -> SPARQLResults
  func construct(_ query: String, cancellation: RequestCancellation?) throws(SPARQLError)
    -> SPARQLGraphAnswer
}

extension SPARQLClient: SPARQLQuerying {}
