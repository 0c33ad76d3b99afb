import Browser
import SPARQL

/// The terminal runner's page cache (`PageCache` in Terminal, which kg-bench
/// does not link): the last `capacity` pages fetched, by IRI, each kept both
/// as fetched and as the browser shows it, least recently used out first.
/// The memory figure holds pages exactly this way.
struct PageLRU {
  /// The runner's default capacity.
  static let runnerCapacity = 256

  let capacity: Int
  private var pages: [String: (page: EntityPage, shown: PageGraph)] = [:]
  /// IRIs from least to most recently used.
  private var recency: [String] = []

  init(capacity: Int = Self.runnerCapacity) { self.capacity = capacity }

  mutating func shown(for iri: String) -> PageGraph? {
    guard let held = pages[iri] else { return nil }
    touch(iri)
    return held.shown
  }

  mutating func store(_ page: EntityPage, shown: PageGraph) {
    pages[page.iri] = (page, shown)
    touch(page.iri)
    while recency.count > capacity { pages[recency.removeFirst()] = nil }
  }

  private mutating func touch(_ iri: String) {
    recency.removeAll { $0 == iri }
    recency.append(iri)
  }
}
