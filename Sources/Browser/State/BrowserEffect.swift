import KnowledgeGraph

/// Work the pure browser core asks its runner to do. Slow work (search, paths)
/// runs off the input loop and comes back as an `InputEvent` tagged with the
/// same generation, so a stale answer never replaces a newer one.
public enum BrowserEffect: Hashable, Sendable {
  case quit
  /// Repaint every cell, not just the changed ones (Ctrl-L).
  case redrawAll
  case search(query: String, generation: Int)
  case findPath(from: EntityIndex, to: EntityIndex, generation: Int)
  /// Store a bookmark (merged with other sessions'); the runner answers with `.bookmarks`.
  case addBookmark(Bookmark)
  case removeBookmark(id: String)
  /// Put text on the terminal's clipboard (OSC 52).
  case copyToClipboard(String)
  /// Write the neighbourhood of an entity to a file.
  case export(ExportRequest)
  /// Store the preferred label languages.
  case setLanguages([String])
  /// Complete a file path for the command line; the answer comes back as `.fileCompletions`.
  case completeFilePath(String, generation: Int)
  /// Fetch an endpoint's page of `iri`; the answer comes back as `.page` or
  /// `.pageFailed`. `refresh` (Ctrl-L) asks the endpoint, not the cache.
  case loadPage(iri: String, generation: Int, refresh: Bool)
  /// Fetch more members of a large group of the endpoint page of `iri`;
  /// the whole page comes back as `.page`.
  case loadMore(iri: String, predicate: String, isIncoming: Bool, generation: Int)
  /// Stop fetching the page asked for with this generation (Esc while it loads).
  case cancelPage(generation: Int)
  /// Search for a path over an endpoint; the answer comes back as `.endpointPath`.
  case findEndpointPath(from: String, to: String, generation: Int)
}
