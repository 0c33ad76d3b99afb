import Browser
import SPARQL
import Terminal

/// The browser on an endpoint, driven as the terminal runner drives it but
/// on one thread, so a page's time is request to first paint with nothing
/// else in it: `loadPage` effects are answered from the runner's LRU or by
/// `EndpointSource.page`, the page goes back in as `.page(generation:page:)`,
/// and every input ends with a render. (The runner renders "loading…" while
/// the page is fetched on another thread; that paint is not on the path to
/// the loaded page, so it is left out.)
struct EndpointBrowsing {
  let source: EndpointSource
  let size: ScreenSize
  private(set) var state: BrowserState
  private(set) var cache = PageCache()
  /// Pages fetched from the endpoint, and pages the runner's LRU answered.
  private(set) var fetched = 0
  private(set) var answeredFromCache = 0
  /// Requests that failed once and were sent again.
  private(set) var retry = TransientRetry()
  /// The page shown last, as the browser got it.
  private(set) var lastShown: PageGraph?

  init(source: EndpointSource, size: ScreenSize) {
    self.source = source
    self.size = size
    state = BrowserState(endpointName: source.name, size: size)
  }

  /// Opens the page of `iri` as following a link does, then paints.
  mutating func open(_ iri: String) throws {
    try carryOut(state.openPage(iri: iri, name: iri))
    _ = BrowserRenderer.render(state, size: size)
  }

  /// One key press and its paint.
  mutating func press(_ key: Key) throws {
    try carryOut(state.handle(.key(key)))
    _ = BrowserRenderer.render(state, size: size)
  }

  private mutating func carryOut(_ effects: [BrowserEffect]) throws {
    for effect in effects {
      guard case .loadPage(let iri, let generation, let refresh) = effect else { continue }
      let shown: PageGraph
      if !refresh, let cached = cache.page(for: iri) {
        answeredFromCache += 1
        shown = cached.shown
      } else {
        let source = source
        let page = FetchedPage(try retry.run { try source.page(for: iri) })
        fetched += 1
        shown = page.shown
        cache.store(page, for: iri)
      }
      lastShown = shown
      try carryOut(state.handle(.page(generation: generation, page: shown)))
    }
  }
}
