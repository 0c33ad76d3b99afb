/// Why a state file could not be read or written, as one line for the
/// status line or stderr. Browsing always goes on after one.
public struct StoreFailure: Error, Hashable, Sendable {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }
}
