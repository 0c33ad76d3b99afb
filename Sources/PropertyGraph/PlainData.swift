/// A `<data key="…">text</data>` element read in one step by
/// `XMLScanner.plainData()`: where it starts, for messages, its key and its
/// text, as ranges of the input.
struct PlainData {
  let offset: Int
  let key: Range<Int>
  let text: Range<Int>
}
