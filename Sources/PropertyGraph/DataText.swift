/// The text of a `<data>` element: most often one run of plain characters,
/// kept as a range of the input so no copy or `String` is made until needed.
enum DataText {
  case slice(Range<Int>)
  case decoded(String)
}
