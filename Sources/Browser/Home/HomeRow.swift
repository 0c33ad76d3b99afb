/// One line of the home screen: text, or an item with a right-hand column.
enum HomeRow {
  case text(StyledText)
  /// The row of `HomeLayout.items[n]` for some n.
  case item(text: StyledText, trailing: StyledText)
}
