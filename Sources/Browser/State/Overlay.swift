/// A box drawn over the panes that takes the keyboard until closed.
enum Overlay: Hashable, Sendable {
  case help(HelpOverlay)
  case filter(FilterChooser)
  case bookmarks(BookmarkChooser)
}
