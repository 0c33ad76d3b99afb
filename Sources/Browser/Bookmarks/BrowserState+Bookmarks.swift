import KnowledgeGraph

extension BrowserState {
  static let bookmarkWidth = 60

  /// Recomputes which entities carry the bookmark mark.
  mutating func refreshBookmarks() {
    bookmarked = Set(memory.bookmarks.compactMap { graph.entityIndex(forID: $0.id) })
  }

  /// Whether the entity with this id is bookmarked, for lists that show
  /// another graph than the panes (an endpoint's search results or path).
  func isBookmarked(id: String) -> Bool {
    memory.bookmarks.contains { $0.id == id }
  }

  /// `m`: bookmarks the current entity, or removes its bookmark.
  mutating func toggleBookmark() -> [BrowserEffect] {
    guard let entity = currentEntity else {
      message = "open an entity to bookmark it"
      return []
    }
    let id = graph.id(of: entity)
    let name = graph.name(of: entity)
    if bookmarked.contains(entity) {
      memory.bookmarks.removeAll { $0.id == id }
      refreshBookmarks()
      message = "removed the bookmark on \(name)"
      return [.removeBookmark(id: id)]
    }
    let bookmark = Bookmark(id: id, name: name)
    memory.bookmarks.append(bookmark)
    refreshBookmarks()
    message = "bookmarked \(name); ' lists bookmarks"
    return [.addBookmark(bookmark)]
  }

  /// Opens a bookmark's entity, or says it is missing from this dataset.
  mutating func openBookmark(_ bookmark: Bookmark) {
    if isEndpoint, let iri = graph.expandedIRI(bookmark.id) {
      overlay = nil
      return requestPage(iri: iri, name: bookmark.name)
    }
    guard let entity = graph.entityIndex(forID: bookmark.id) else {
      message = "\(bookmark.name) (\(bookmark.id)) is missing from this dataset"
      return
    }
    overlay = nil
    open(entity)
  }

  /// `'` or `b`: the bookmark list.
  mutating func openBookmarkList() {
    overlay = .bookmarks(BookmarkChooser())
  }

  /// Rows of bookmarks visible in the list box at the current size.
  func bookmarkRowsHeight(_ chooser: BookmarkChooser) -> Int {
    let box = layout.overlayBox(
      lines: max(1, chooser.matches(memory.bookmarks).count), preferredWidth: Self.bookmarkWidth)
    return max(1, box.height - 3)
  }

  mutating func handleBookmarkKey(_ key: Key, chooser: BookmarkChooser) -> [BrowserEffect] {
    var chooser = chooser
    let matches = chooser.matches(memory.bookmarks)
    if chooser.isEditingFilter {
      switch key {
      case .escape:
        chooser.filter = ""
        chooser.isEditingFilter = false
      case .enter: chooser.isEditingFilter = false
      case .backspace, .control("h"): chooser.filter = String(chooser.filter.dropLast())
      case .character(let character) where chooser.filter.count < 64:
        chooser.filter.append(character)
      default: moveBookmarkCursor(&chooser, key: key, count: matches.count, letters: false)
      }
      overlay = .bookmarks(chooser)
      return []
    }
    let selected =
      matches.indices.contains(chooser.position.cursor)
      ? matches[chooser.position.cursor] : nil
    switch key {
    case .escape, .character("q"), .character("'"), .character("b"):
      overlay = nil
      return []
    case .character("/"): chooser.isEditingFilter = true
    case .enter, .right, .character("l"):
      if let selected { openBookmark(selected) }
      return []
    case .character("d"), .delete:
      guard let selected else { return [] }
      memory.bookmarks.removeAll { $0.id == selected.id }
      refreshBookmarks()
      message = "removed the bookmark on \(selected.name)"
      overlay = .bookmarks(chooser)
      return [.removeBookmark(id: selected.id)]
    default: moveBookmarkCursor(&chooser, key: key, count: matches.count, letters: true)
    }
    overlay = .bookmarks(chooser)
    return []
  }

  private func moveBookmarkCursor(
    _ chooser: inout BookmarkChooser, key: Key, count: Int, letters: Bool
  ) {
    guard let motion = Motion(key: key, lettersAllowed: letters) else { return }
    let height = bookmarkRowsHeight(chooser)
    let target = motion.target(from: chooser.position.cursor, count: count, page: height)
    chooser.position.move(to: target, count: count, height: height)
  }
}
