/// A JSON syntax error or limit violation at a byte offset of the input.
///
/// The parser reports offsets only; the loader turns them into `line:column`
/// once, when a message is shown, so the hot path never counts lines.
package struct JSONError: Error, Equatable {
  package let offset: Int
  package let message: String

  package init(offset: Int, message: String) {
    self.offset = offset
    self.message = message
  }
}
