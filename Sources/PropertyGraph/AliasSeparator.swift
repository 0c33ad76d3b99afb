/// The ", " with which `kg export` joins aliases, found in bytes.
///
/// Splitting as `String` does compares characters (grapheme clusters), so
/// a ", " whose comma ends a cluster that started before it, or whose space
/// starts one that goes on after it, does not separate. ASCII characters
/// are never part of such a cluster, so when every ", " stands between ASCII
/// bytes (or the ends of the text), splitting the bytes gives the same pieces.
enum AliasSeparator {
  private static let comma = UInt8(ascii: ",")
  private static let space = UInt8(ascii: " ")

  /// The offset of the next ", " at or after `start`, or nil.
  static func next(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = start
    while index + 1 < text.count {
      if text[index] == comma, text[index + 1] == space { return index }
      index += 1
    }
    return nil
  }

  /// True when splitting `text` at ", " as bytes gives what `String` gives.
  static func splitsAsBytes(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = 0
    while let found = next(in: text, from: start) {
      let before = found > 0 ? text[found - 1] : 0
      let after = found + 2 < text.count ? text[found + 2] : 0
      guard before < 0x80, after < 0x80 else { return false }
      start = found + 2
    }
    return true
  }
}
