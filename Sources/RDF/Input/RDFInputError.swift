/// A failure below the syntax: the file cannot be opened or read, or its compression is
/// damaged. The message is complete enough to show to a user as it is.
public struct RDFInputError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
