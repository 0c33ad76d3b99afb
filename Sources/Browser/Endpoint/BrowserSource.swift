/// Where the browser's pages come from. A file's graph is in memory, so its
/// pages are read at once inside the core; an endpoint's pages are effects
/// the runner carries out, and arrive later as events.
public enum BrowserSource: Hashable, Sendable {
  case file
  /// An endpoint, named for the header and the first screen.
  case endpoint(name: String)
}
