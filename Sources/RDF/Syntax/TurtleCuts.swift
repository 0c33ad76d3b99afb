#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a Turtle document is likely, not certain, to be between statements: a cut there may
/// still fall inside a long string, a comment, `[ … ]` or `( … )`, which reading the parts
/// finds out (see ``TurtleSplitCheck``).
enum TurtleCuts {
  /// The first start of a line at or after `offset` that begins like a statement and follows
  /// a line whose last byte other than white space is the `.` that ends a statement; nil
  /// when there is none.
  static func boundary(atOrAfter offset: Int, in bytes: UnsafePointer<UInt8>, count: Int) -> Int? {
    var search = max(0, offset - 1)
    while search < count, let found = memchr(bytes + search, 0x0A, count - search) {
      let newline = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - bytes
      let start = newline + 1
      if start < count && beginsStatement(bytes[start]) && endsWithDot(bytes, before: newline) {
        return start
      }
      search = start
    }
    return nil
  }

  /// An IRI, a prefixed or blank-node name, `[`, `(` or a directive.
  private static func beginsStatement(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x3C, 0x5F, 0x5B, 0x28, 0x40, 0x3A, 0x41...0x5A, 0x61...0x7A, 0x80...: true
    default: false
    }
  }

  /// Whether the last byte before `end` other than white space is `.`.
  private static func endsWithDot(_ bytes: UnsafePointer<UInt8>, before end: Int) -> Bool {
    var index = end - 1
    while index >= 0 && [0x20, 0x09, 0x0D, 0x0A].contains(bytes[index]) { index -= 1 }
    return index >= 0 && bytes[index] == 0x2E
  }
}
