import Browser
import SessionStore

/// Carries the browser's memory to and from disk: loads bookmarks and
/// history as plain values for `BrowserState`, stores bookmark changes as
/// they happen (merged with other kg processes), and saves history at the end.
///
/// No failure here stops browsing: each becomes a one-line notice.
public struct SessionRecorder: Sendable {
  let store: SessionStore?

  /// `store` nil remembers nothing (no usable home directory).
  public init(store: SessionStore?) {
    self.store = store
  }

  /// What earlier sessions left, and warnings about damaged or newer files.
  func load() -> (memory: SessionMemory, warnings: [String]) {
    guard let store else { return (SessionMemory(), []) }
    let snapshot = store.load()
    let history = snapshot.history
    let memory = SessionMemory(
      bookmarks: Self.bookmarks(snapshot.bookmarks.bookmarks), visits: history.visits,
      position: history.position, recent: history.recent, searches: history.searches,
      commands: history.commands, languages: snapshot.bookmarks.languages)
    return (memory, snapshot.warnings)
  }

  /// Performs a storage effect; the answer goes back to the browser as an event.
  func perform(_ effect: BrowserEffect) -> InputEvent? {
    guard let store else { return nil }
    do {
      switch effect {
      case .addBookmark(let bookmark):
        let stored = StoredBookmark(id: bookmark.id, name: bookmark.name)
        return .bookmarks(Self.bookmarks(try store.addBookmark(stored)))
      case .removeBookmark(let id):
        return .bookmarks(Self.bookmarks(try store.removeBookmark(id: id)))
      case .setLanguages(let languages):
        try store.setLanguages(languages)
        return nil
      default:
        return nil
      }
    } catch {
      return .notice("not saved: \(error.message)")
    }
  }

  /// Saves the session's history; a one-line warning when that fails.
  func save(_ memory: SessionMemory) -> String? {
    guard let store else { return nil }
    var history = HistoryDocument()
    history.visits = memory.visits
    history.position = memory.position
    history.recent = memory.recent
    history.searches = memory.searches
    history.commands = memory.commands
    do {
      try store.saveHistory(history)
      return nil
    } catch {
      return "history not saved: \(error.message)"
    }
  }

  private static func bookmarks(_ stored: [StoredBookmark]) -> [Bookmark] {
    stored.map { Bookmark(id: $0.id, name: $0.name) }
  }
}
