/// An IRI reference split into the five parts of RFC 3986 section 3, as byte ranges of the
/// text it was parsed from.
struct IRIReference {
  var scheme: Range<Int>?
  var authority: Range<Int>?
  var path: Range<Int>
  var query: Range<Int>?
  var fragment: Range<Int>?

  /// Splits with the regular expression of RFC 3986 appendix B, which accepts any string.
  init(_ text: UnsafeBufferPointer<UInt8>) {
    let count = text.count
    var index = 0
    scheme = IRIReference.schemeEnd(text).map { 0..<$0 }
    if let scheme { index = scheme.upperBound + 1 }
    if index + 1 < count && text[index] == 0x2F && text[index + 1] == 0x2F {
      let start = index + 2
      index = start
      while index < count && !IRIReference.endsAuthority(text[index]) { index += 1 }
      authority = start..<index
    }
    let pathStart = index
    while index < count && text[index] != 0x3F && text[index] != 0x23 { index += 1 }
    path = pathStart..<index
    if index < count && text[index] == 0x3F {
      let start = index + 1
      index = start
      while index < count && text[index] != 0x23 { index += 1 }
      query = start..<index
    }
    if index < count && text[index] == 0x23 { fragment = (index + 1)..<count }
  }

  /// The length of a leading `scheme` before its `:`, or nil when the text has none.
  static func schemeEnd(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = text.first, isLetter(first) else { return nil }
    var index = 1
    while index < text.count {
      let byte = text[index]
      if byte == 0x3A { return index }
      let isSchemeByte =
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D
        || byte == 0x2E
      if !isSchemeByte { return nil }
      index += 1
    }
    return nil
  }

  @inline(__always)
  private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  private static func endsAuthority(_ byte: UInt8) -> Bool {
    byte == 0x2F || byte == 0x3F || byte == 0x23
  }
}
