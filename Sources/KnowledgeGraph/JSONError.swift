/// A JSON syntax error or limit violation at a byte offset of the input.
///
/// The parser reports offsets only; the loader turns them into `line:column`
/// once, when a message is shown, so the hot path never counts lines.
struct JSONError: Error, Equatable {
  let offset: Int
  let message: String
}
