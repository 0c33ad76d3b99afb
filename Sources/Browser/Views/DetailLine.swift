/// What one line of the detail pane's document is.
enum DetailLine: Hashable, Sendable {
  /// A line of the entity's card (type, description, attributes).
  case card(Int)
  /// The heading of a relation group.
  case heading(group: Int)
  /// A relation, numbered across all shown groups.
  case relation(Int)
  /// After the members of a group an endpoint holds more of: how many more.
  case more(group: Int)
  case blank
  /// Says there are no relations to show, and why.
  case notice
}
