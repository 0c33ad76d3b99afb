/// The bookmark list over the panes: `/` filters by name or id, Enter opens, `d` deletes.
struct BookmarkChooser: Hashable, Sendable {
  var filter = ""
  var isEditingFilter = false
  var position = ScrollPosition()

  /// The bookmarks whose name or id contains the filter, ignoring case.
  func matches(_ bookmarks: [Bookmark]) -> [Bookmark] {
    let needle = filter.lowercased()
    guard !needle.isEmpty else { return bookmarks }
    return bookmarks.filter {
      $0.name.lowercased().contains(needle) || $0.id.lowercased().contains(needle)
    }
  }
}
