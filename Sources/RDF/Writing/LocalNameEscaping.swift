/// Writes the local part of a Turtle prefixed name (`PN_LOCAL`), escaping
/// the punctuation that may only appear behind a backslash.
enum LocalNameEscaping {
  /// Appends `local` as a `PN_LOCAL` and returns true, or returns false
  /// (having appended part of it) when some character cannot appear in a
  /// local name at all; the caller then writes the IRI in full.
  static func append(_ local: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Bool {
    ScalarRuns.append(
      local, to: &output,
      keeps: { value, index, length in
        value == 0x25
          ? isPercentTriplet(local, at: index)
          : isPlain(value, isFirst: index == 0, isLast: index + length == local.count)
      },
      escape: { value, _, output in
        guard TurtleCharacters.isLocalEscapable(value) else { return false }
        output.append(UInt8(ascii: "\\"))
        output.append(UInt8(truncatingIfNeeded: value))
        return true
      })
  }

  /// A character written without a backslash: `:` anywhere, a name start or
  /// digit first, a name character after that, `.` only in the middle. The
  /// hex digits after a `%` are name characters, so a `%XX` triplet stays.
  private static func isPlain(_ value: UInt32, isFirst: Bool, isLast: Bool) -> Bool {
    if value == 0x3A { return true }
    if isFirst { return TurtleCharacters.isNameStart(value) || TurtleCharacters.isDigit(value) }
    if value == 0x2E { return !isLast }
    return TurtleCharacters.isNameCharacter(value)
  }

  /// `%` and two hex digits, which a local name carries as they are.
  private static func isPercentTriplet(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    index + 2 < bytes.count && bytes[index] == UInt8(ascii: "%") && isHex(bytes[index + 1])
      && isHex(bytes[index + 2])
  }

  private static func isHex(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "F"),
      UInt8(ascii: "a")...UInt8(ascii: "f"):
      true
    default: false
    }
  }
}
