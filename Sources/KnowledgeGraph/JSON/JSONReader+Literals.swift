#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Shortcuts for input written the way the reader expects it, which never
/// throw: each either consumes what it looks for or leaves the reader where
/// it was, so the caller can fall back to the general methods, which then
/// report any error.
extension JSONReader {
  /// Consumes `literal` when the input holds exactly its bytes here.
  @inline(__always)
  package mutating func consume(_ literal: StaticString) -> Bool {
    let length = literal.utf8CodeUnitCount
    guard position + length <= input.count, let base = input.baseAddress,
      memcmp(base + position, literal.utf8Start, length) == 0
    else { return false }
    position += length
    return true
  }

  /// The content of a non-empty string of printable ASCII without escapes
  /// that starts here, moving past it; nil, moving nothing, for any other
  /// value. Relation ends and types are such strings, and checking for them
  /// takes one eight-byte test for most.
  @inline(__always)
  package mutating func readPlainASCIIString() -> Range<Int>? {
    guard let base = input.baseAddress, position < input.count,
      base[position] == UInt8(ascii: "\"")
    else { return nil }
    let start = position + 1
    var index = start
    while index + 8 <= input.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let special = Self.specialBytes(UInt64(littleEndian: word))
      guard special == 0 else {
        index += special.trailingZeroBitCount / 8
        guard base[index] == UInt8(ascii: "\""), index > start,
          index - start <= Self.maximumStringLength
        else { return nil }
        position = index + 1
        return start..<index
      }
      index += 8
    }
    return nil
  }
}
