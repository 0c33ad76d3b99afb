import Browser
import SPARQL

/// The endpoint pages fetched last, by IRI, up to `capacity`: back,
/// forward and a revisit show them without a query. The least recently
/// used page goes first.
public struct PageCache: Sendable {
  /// Pages kept; a page is a few hundred triples, so this stays a few MB.
  public static let defaultCapacity = 256

  let capacity: Int
  private var pages: [String: FetchedPage] = [:]
  /// IRIs from least to most recently used.
  private var recency: [String] = []

  public init(capacity: Int = Self.defaultCapacity) { self.capacity = capacity }

  public mutating func page(for iri: String) -> FetchedPage? {
    guard let page = pages[iri] else { return nil }
    touch(iri)
    return page
  }

  public mutating func store(_ page: FetchedPage, for iri: String) {
    guard capacity > 0 else { return }
    pages[iri] = page
    touch(iri)
    while recency.count > capacity { pages[recency.removeFirst()] = nil }
  }

  private mutating func touch(_ iri: String) {
    recency.removeAll { $0 == iri }
    recency.append(iri)
  }
}
