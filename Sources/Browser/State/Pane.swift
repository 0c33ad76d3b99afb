/// The two panes of the browser; one has the keyboard focus.
enum Pane: Hashable, Sendable {
  case list
  case detail

  var other: Pane { self == .list ? .detail : .list }
}
