/// A slice of a `StringArena`: eight bytes instead of a sixteen-byte `String`
/// plus a heap allocation, for each of millions of stored strings. The loader
/// also uses it for slices of the input it is reading.
public struct StringRef: Hashable, Sendable {
  public let offset: UInt32
  public let length: UInt32

  public init(offset: UInt32, length: UInt32) {
    self.offset = offset
    self.length = length
  }

  /// The slice at `range`, which lies in a buffer of at most 4 GiB.
  package init(_ range: Range<Int>) {
    offset = UInt32(truncatingIfNeeded: range.lowerBound)
    length = UInt32(truncatingIfNeeded: range.count)
  }

  /// The same slice after `shift` bytes were put before its arena's start.
  package func shifted(by shift: UInt32) -> StringRef {
    StringRef(offset: offset + shift, length: length)
  }

  public static let empty = StringRef(offset: 0, length: 0)

  public var isEmpty: Bool { length == 0 }
}
