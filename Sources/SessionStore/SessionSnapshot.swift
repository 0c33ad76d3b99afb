/// Everything kg remembered about a dataset, as read at start.
public struct SessionSnapshot: Sendable {
  public var bookmarks: BookmarkDocument
  public var history: HistoryDocument
  /// One line each: damaged files moved aside, files from a newer kg, unreadable directories.
  public var warnings: [String]
}
