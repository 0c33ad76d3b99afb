/// A slice of a `StringArena`: eight bytes instead of a sixteen-byte `String`
/// plus a heap allocation, for each of millions of stored strings.
public struct StringRef: Hashable, Sendable {
  public let offset: UInt32
  public let length: UInt32

  public init(offset: UInt32, length: UInt32) {
    self.offset = offset
    self.length = length
  }

  public static let empty = StringRef(offset: 0, length: 0)

  public var isEmpty: Bool { length == 0 }
}
