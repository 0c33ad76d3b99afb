extension JSONReader {
  /// Reads the string at the current `"` and returns its decoded UTF-8 bytes:
  /// a view of the input when it has no escapes (the common case, no copy),
  /// otherwise of the scratch buffer. Valid until the next string is read.
  package mutating func readString() throws(JSONError) -> UnsafeBufferPointer<UInt8> {
    tokenStart = position
    let contentStart = position + 1
    var runEnd = try plainRunEnd(from: contentStart)
    if input[runEnd] == UInt8(ascii: "\"") {
      position = runEnd + 1
      try checkLength(runEnd - contentStart)
      return UnsafeBufferPointer(rebasing: input[contentStart..<runEnd])
    }
    scratch.removeAll()
    try appendToScratch(contentStart..<runEnd)
    position = runEnd
    while input[position] == UInt8(ascii: "\\") {
      try decodeEscape()
      runEnd = try plainRunEnd(from: position)
      try appendToScratch(position..<runEnd)
      position = runEnd
    }
    position += 1
    return scratch.bytes
  }

  private func checkLength(_ length: Int) throws(JSONError) {
    guard length <= Self.maximumStringLength else {
      throw JSONError(
        offset: tokenStart,
        message: "string is longer than \(Self.maximumStringLength) bytes, the limit for any string"
      )
    }
  }

  private func appendToScratch(_ range: Range<Int>) throws(JSONError) {
    try checkLength(scratch.count + range.count)
    scratch.append(UnsafeBufferPointer(rebasing: input[range]))
  }

  /// The offset of the next `"` or `\` from `start`, after checking that the
  /// bytes before it are valid UTF-8 without control characters. Eight bytes
  /// at a time, jumping straight to the first byte that needs a look.
  private func plainRunEnd(from start: Int) throws(JSONError) -> Int {
    guard let base = input.baseAddress else { throw unterminated() }
    let count = input.count
    var index = start
    while true {
      while index + 8 <= count {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        let special = Self.specialBytes(word)
        if special != 0 {
          index += special.trailingZeroBitCount / 8
          break
        }
        index += 8
      }
      guard index < count else { throw unterminated() }
      let byte = base[index]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return index }
      if byte < 0x20 { throw controlCharacter(byte, at: index) }
      index = byte < 0x80 ? index + 1 : try UTF8Validation.sequenceEnd(in: input, at: index)
    }
  }

  /// The high bit of each of eight bytes (first byte lowest) that is a quote,
  /// a backslash, a control character or not ASCII. Bits above the lowest may
  /// be false alarms, but the lowest is always exact, and none is missed.
  @inline(__always)
  package static func specialBytes(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let quotes = word ^ (ones &* 0x22)
    let backslashes = word ^ (ones &* 0x5C)
    let zeroQuote = (quotes &- ones) & ~quotes
    let zeroBackslash = (backslashes &- ones) & ~backslashes
    let control = (word &- ones &* 0x20) & ~word
    return (zeroQuote | zeroBackslash | control | word) & highs
  }

  private func unterminated() -> JSONError {
    JSONError(offset: tokenStart, message: "string is not terminated before end of file")
  }

  private func controlCharacter(_ byte: UInt8, at offset: Int) -> JSONError {
    let escape: String =
      switch byte {
      case 0x0A: "\\n"
      case 0x0D: "\\r"
      case 0x09: "\\t"
      default: "\\u00" + JSONReader.hex(byte).dropFirst(2)
      }
    let name = byte == 0 ? "NUL byte" : "control character \(JSONReader.hex(byte))"
    return JSONError(
      offset: offset, message: "unescaped \(name) in a string; write it as \(escape)")
  }

  /// Decodes the escape at the current `\` into the scratch buffer.
  private mutating func decodeEscape() throws(JSONError) {
    let escapeStart = position
    guard position + 1 < input.count else { throw unterminated() }
    let code = input[position + 1]
    position += 2
    switch code {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(code)
    case UInt8(ascii: "b"): scratch.append(0x08)
    case UInt8(ascii: "f"): scratch.append(0x0C)
    case UInt8(ascii: "n"): scratch.append(0x0A)
    case UInt8(ascii: "r"): scratch.append(0x0D)
    case UInt8(ascii: "t"): scratch.append(0x09)
    case UInt8(ascii: "u"): appendUTF8(try readUnicodeEscape(startingAt: escapeStart))
    default:
      throw JSONError(
        offset: escapeStart,
        message:
          "invalid escape; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX after '\\', found \(found(at: escapeStart + 1, insideString: true))"
      )
    }
  }

  /// Reads the four hex digits of `\uXXXX` (and its low surrogate when it is a
  /// high one) and returns the scalar value.
  private mutating func readUnicodeEscape(startingAt escapeStart: Int) throws(JSONError) -> UInt32 {
    let unit = try readHex4()
    switch unit {
    case 0xDC00...0xDFFF:
      throw JSONError(
        offset: escapeStart,
        message: "lone low surrogate \\u\(Self.hex4(unit)) without a high surrogate before it")
    case 0xD800...0xDBFF:
      guard position + 1 < input.count, input[position] == UInt8(ascii: "\\"),
        input[position + 1] == UInt8(ascii: "u")
      else {
        throw JSONError(
          offset: escapeStart,
          message:
            "lone high surrogate \\u\(Self.hex4(unit)); expected a low surrogate \\uDC00-\\uDFFF after it"
        )
      }
      let lowStart = position
      position += 2
      let low = try readHex4()
      guard (0xDC00...0xDFFF).contains(low) else {
        throw JSONError(
          offset: lowStart,
          message:
            "\\u\(Self.hex4(low)) after high surrogate \\u\(Self.hex4(unit)) is not a low surrogate \\uDC00-\\uDFFF"
        )
      }
      return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
    default: return unit
    }
  }

  private mutating func readHex4() throws(JSONError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < input.count, let digit = Self.hexValue(input[position]) else {
        throw JSONError(
          offset: position,
          message:
            "expected 4 hex digits after \\u, found \(found(at: position, insideString: true))"
        )
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  private static func hex4(_ unit: UInt32) -> String {
    let digits = String(unit, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  private func appendUTF8(_ scalar: UInt32) {
    switch scalar {
    case 0..<0x80:
      scratch.append(UInt8(scalar))
    case 0x80..<0x800:
      scratch.append(UInt8(0xC0 | scalar >> 6))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      scratch.append(UInt8(0xE0 | scalar >> 12))
      scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    default:
      scratch.append(UInt8(0xF0 | scalar >> 18 & 0x07))
      scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
      scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    }
  }
}
