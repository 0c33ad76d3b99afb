/// A syntax error at a place in the input, as a value a validator can list.
///
/// `line` and `column` are 1-based; lines end at LF and the column counts Unicode scalars
/// (not bytes) from the start of the line. `byteOffset` is from the start of the input.
/// The message says what was expected and what was found; found text is escaped with
/// ``TerminalSafeText`` so it is safe to print.
public struct RDFSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var byteOffset: Int
  public var message: String

  public init(line: Int, column: Int, byteOffset: Int, message: String) {
    self.line = line
    self.column = column
    self.byteOffset = byteOffset
    self.message = message
  }

  /// `line:column: message`, the form compilers use, so editors can jump to it.
  public var description: String { "\(line):\(column): \(message)" }
}
