/// Bookmarks and history of one dataset on disk (see docs/state-files.md).
///
/// Every change re-reads its file under a lock and merges before replacing
/// it atomically, so two kg processes browsing the same dataset keep each
/// other's bookmarks and history. With history off, the history file is
/// neither read nor written; bookmarks still are, since the user made them.
public struct SessionStore: Sendable {
  public let identity: DatasetIdentity
  public let recordsHistory: Bool
  let bookmarkFile: StateFile<BookmarkDocument>
  let historyFile: StateFile<HistoryDocument>

  public init(identity: DatasetIdentity, directories: StateDirectories, recordsHistory: Bool) {
    self.identity = identity
    self.recordsHistory = recordsHistory
    let stem = identity.fileStem
    bookmarkFile = StateFile(
      path: directories.data + "/" + stem + ".bookmarks.json", identity: identity)
    historyFile = StateFile(
      path: directories.state + "/" + stem + ".history.json", identity: identity)
  }

  /// The paths of the two files, for `kg bookmarks` and messages.
  public var bookmarkPath: String { bookmarkFile.path }
  public var historyPath: String { historyFile.path }

  /// Reads both files; never fails, damaged files only add warnings.
  public func load() -> SessionSnapshot {
    let bookmarks = bookmarkFile.read()
    let history = recordsHistory ? historyFile.read() : nil
    return SessionSnapshot(
      bookmarks: bookmarks.document, history: history?.document ?? HistoryDocument(),
      warnings: bookmarks.warnings + (history?.warnings ?? []))
  }

  /// Adds a bookmark (or renames an existing one) and returns them all as now on disk.
  @discardableResult
  public func addBookmark(_ bookmark: StoredBookmark) throws(StoreFailure) -> [StoredBookmark] {
    try bookmarkFile.update { document in
      if let index = document.bookmarks.firstIndex(where: { $0.id == bookmark.id }) {
        document.bookmarks[index] = bookmark
      } else {
        document.bookmarks.append(bookmark)
      }
    }.bookmarks
  }

  /// Removes the bookmark with this id and returns the rest as now on disk.
  @discardableResult
  public func removeBookmark(id: String) throws(StoreFailure) -> [StoredBookmark] {
    try bookmarkFile.update { document in
      document.bookmarks.removeAll { $0.id == id }
    }.bookmarks
  }

  /// Stores the preferred label languages.
  public func setLanguages(_ languages: [String]) throws(StoreFailure) {
    try bookmarkFile.update { $0.languages = languages }
  }

  /// Saves this session's history merged with what other sessions saved
  /// meanwhile: lists are unions, this session's most recent entries last;
  /// the back/forward stack is this session's.
  public func saveHistory(_ history: HistoryDocument) throws(StoreFailure) {
    guard recordsHistory else { return }
    try historyFile.update { disk in
      disk = Self.merged(disk: disk, session: history)
    }
  }

  static func merged(disk: HistoryDocument, session: HistoryDocument) -> HistoryDocument {
    var result = session
    result.paths = disk.paths
    result.recent = unionKeepingLast(disk.recent, session.recent)
    result.searches = unionKeepingLast(disk.searches, session.searches)
    result.commands = unionKeepingLast(disk.commands, session.commands)
    return result.capped()
  }

  /// `first` then `second`, each entry once at its last place.
  static func unionKeepingLast(_ first: [String], _ second: [String]) -> [String] {
    var seen = Set<String>()
    var result: [String] = []
    for entry in (first + second).reversed() where seen.insert(entry).inserted {
      result.append(entry)
    }
    return result.reversed()
  }
}
