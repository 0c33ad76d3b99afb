/// Why a dataset could not be loaded, as one line that names the file and,
/// where there is one, the line and column.
public struct LoadError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The message without the `kg: ` prefix, e.g. `data.json:41:17: relation 12 ...`.
  public let message: String

  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
