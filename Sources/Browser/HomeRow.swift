/// One line of the home screen: text, or an item with a right-hand column.
enum HomeRow {
  case text(StyledText)
  case item(HomeItem, text: StyledText, trailing: StyledText)
}
