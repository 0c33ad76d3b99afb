/// The lexical rules N-Triples, N-Quads and Turtle share: IRI references, quoted strings,
/// blank-node labels and language tags, scanned in place with a byte-class table.
///
/// A term without escapes is returned as a slice of the input; escapes are decoded into the
/// arena only when a backslash is present. Reaching `end` in a chunk that is not the last
/// throws ``ParseStop/needMore``.
struct TermScanner {
  let end: UnsafePointer<UInt8>
  let isFinal: Bool
  let arena: ByteArena
  let table = ByteClass.table

  /// Throws at the end of the bytes: more are needed, or the input ends where `what` was due.
  @inline(__always)
  func requireByte(_ p: UnsafePointer<UInt8>, _ what: @autoclosure () -> String) throws(ParseStop) {
    if p < end { return }
    if !isFinal { throw .needMore }
    throw .failure(p, "expected \(what()), found end of input")
  }

  /// Whether `p` is at the true end of the input; at the end of a chunk more bytes are needed.
  @inline(__always)
  func atEnd(_ p: UnsafePointer<UInt8>) throws(ParseStop) -> Bool {
    if p < end { return false }
    if !isFinal { throw .needMore }
    return true
  }

  func failure(_ p: UnsafePointer<UInt8>, expected: String) -> ParseStop {
    .failure(p, "expected \(expected), found \(FoundText.describe(p, end))")
  }

  /// An IRI reference; `p` is at `<` and ends after `>`. The result is not yet resolved.
  @inline(__always)
  func iri(_ p: inout UnsafePointer<UInt8>) throws(ParseStop) -> TermSlice {
    p += 1
    let start = p
    BlockScan.skipIRIBlocks(&p, end)
    while p < end && table[Int(p.pointee)] & ByteClass.iri != 0 { p += 1 }
    if p < end && p.pointee == 0x3E {
      p += 1
      return TermSlice(input: start, count: p - start - 1)
    }
    return try iriSlow(start, &p)
  }

  private func iriSlow(_ start: UnsafePointer<UInt8>, _ p: inout UnsafePointer<UInt8>)
    throws(ParseStop) -> TermSlice
  {
    let offset = arena.count
    arena.append(start, p - start)
    while true {
      try requireByte(p, "'>' to end the IRI")
      let byte = p.pointee
      if table[Int(byte)] & ByteClass.iri != 0 {
        arena.append(byte)
        p += 1
      } else if byte == 0x3E {
        p += 1
        return TermSlice(arenaOffset: offset, count: arena.count - offset)
      } else if byte == 0x5C {
        try iriEscape(&p)
      } else if byte >= 0x80 {
        try copyScalar(&p)
      } else {
        throw .failure(p, "illegal character \(FoundText.describe(p, end)) in an IRI")
      }
    }
  }

  private func iriEscape(_ p: inout UnsafePointer<UInt8>) throws(ParseStop) {
    let escape = p
    guard p + 1 < end || isFinal else { throw .needMore }
    guard p + 1 < end, p[1] == 0x75 || p[1] == 0x55 else {
      throw .failure(
        escape, "expected 'u' or 'U' after '\\' in an IRI, found \(FoundText.describe(p + 1, end))")
    }
    let scalar = try numericEscape(&p)
    let isIRIByte = scalar >= 0x80 || table[Int(scalar)] & ByteClass.iri != 0
    guard isIRIByte else {
      throw .failure(escape, "the escape \(escapeText(escape, p)) is not allowed in an IRI")
    }
    arena.advance(UTF8Sequence.encode(scalar, into: arena.reserve(4)))
  }

  /// `\uXXXX` or `\UXXXXXXXX` at `p`, which ends after it.
  func numericEscape(_ p: inout UnsafePointer<UInt8>) throws(ParseStop) -> UInt32 {
    let escape = p
    let digits = p[1] == 0x75 ? 4 : 8
    p += 2
    var scalar: UInt32 = 0
    for _ in 0..<digits {
      try requireByte(p, "a hexadecimal digit")
      guard let value = hexValue(p.pointee) else {
        throw failure(
          p, expected: "\(digits) hexadecimal digits after \\\(digits == 4 ? "u" : "U")")
      }
      scalar = scalar << 4 | value
      p += 1
    }
    if (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF {
      throw .failure(escape, "the escape \(escapeText(escape, p)) is not a Unicode scalar value")
    }
    return scalar
  }

  /// A numeric escape as written; its digits were checked, so it is plain ASCII.
  private func escapeText(_ start: UnsafePointer<UInt8>, _ stop: UnsafePointer<UInt8>) -> String {
    String(decoding: UnsafeBufferPointer(start: start, count: stop - start), as: UTF8.self)
  }

  @inline(__always)
  private func hexValue(_ byte: UInt8) -> UInt32? {
    guard table[Int(byte)] & ByteClass.hex != 0 else { return nil }
    return byte <= 0x39 ? UInt32(byte - 0x30) : UInt32((byte | 0x20) - 0x61 + 10)
  }

  /// Validates the UTF-8 sequence at `p` and copies it to the arena.
  func copyScalar(_ p: inout UnsafePointer<UInt8>) throws(ParseStop) {
    let length = try scalarLength(p)
    arena.append(p, length)
    p += length
  }

  /// The length of the valid UTF-8 sequence at `p`, or a failure naming invalid UTF-8.
  @inline(__always)
  func scalarLength(_ p: UnsafePointer<UInt8>) throws(ParseStop) -> Int {
    guard let (_, length) = UTF8Sequence.decode(p, end) else {
      throw .failure(p, "invalid UTF-8")
    }
    if length == 0 {
      if !isFinal { throw .needMore }
      throw .failure(p, "invalid UTF-8 (the input ends inside a character)")
    }
    return length
  }

  /// A string in `quote`s on one line; `p` is at the opening quote and ends after the closing one.
  @inline(__always)
  func shortString(_ p: inout UnsafePointer<UInt8>) throws(ParseStop) -> TermSlice {
    let quote = p.pointee
    p += 1
    let start = p
    BlockScan.skipStringBlocks(&p, end)
    while p < end {
      let byte = p.pointee
      if table[Int(byte)] & ByteClass.string != 0 {
        p += 1
      } else if byte == quote {
        p += 1
        return TermSlice(input: start, count: p - start - 1)
      } else if byte == 0x22 || byte == 0x27 {
        p += 1
      } else if byte >= 0x80 {
        p += try scalarLength(p)
      } else {
        break
      }
    }
    return try shortStringSlow(start, &p, quote: quote)
  }

  private func shortStringSlow(
    _ start: UnsafePointer<UInt8>, _ p: inout UnsafePointer<UInt8>, quote: UInt8
  ) throws(ParseStop) -> TermSlice {
    let offset = arena.count
    arena.append(start, p - start)
    while true {
      try requireByte(p, "a closing quote")
      let byte = p.pointee
      if byte == quote {
        p += 1
        return TermSlice(arenaOffset: offset, count: arena.count - offset)
      } else if byte == 0x5C {
        try stringEscape(&p)
      } else if byte == 0x0A || byte == 0x0D {
        throw .failure(p, "expected a closing quote, found end of line")
      } else if byte >= 0x80 {
        try copyScalar(&p)
      } else {
        arena.append(byte)
        p += 1
      }
    }
  }

  /// ECHAR or UCHAR at `p` (a backslash), decoded into the arena.
  func stringEscape(_ p: inout UnsafePointer<UInt8>) throws(ParseStop) {
    guard p + 1 < end else {
      if !isFinal { throw .needMore }
      throw failure(p + 1, expected: "an escape after '\\'")
    }
    let decoded: UInt8
    switch p[1] {
    case 0x74: decoded = 0x09
    case 0x62: decoded = 0x08
    case 0x6E: decoded = 0x0A
    case 0x72: decoded = 0x0D
    case 0x66: decoded = 0x0C
    case 0x22, 0x27, 0x5C: decoded = p[1]
    case 0x75, 0x55:
      let scalar = try numericEscape(&p)
      arena.advance(UTF8Sequence.encode(scalar, into: arena.reserve(4)))
      return
    default:
      throw .failure(
        p,
        "unknown escape \(FoundText.describe(p, min(p + 2, end))); expected one of \\t \\b \\n \\r \\f \\\" \\' \\\\ \\u \\U"
      )
    }
    arena.append(decoded)
    p += 2
  }

  /// `_:label`; `p` is at `_` and ends after the label (a trailing `.` is left unread).
  @inline(__always)
  func blankNodeLabel(_ p: inout UnsafePointer<UInt8>) throws(ParseStop) -> TermSlice {
    try requireByte(p + 1, "':' after '_'")
    guard p[1] == 0x3A else { throw failure(p + 1, expected: "':' after '_'") }
    p += 2
    let start = p
    try requireByte(p, "a blank node label")
    let first = p.pointee
    if first < 0x80 {
      guard table[Int(first)] & ByteClass.name != 0 && first != 0x2D else {
        throw failure(p, expected: "a blank node label after '_:'")
      }
      p += 1
    } else {
      let length = try scalarLength(p)
      guard UTF8Sequence.isNameStart(UTF8Sequence.decode(p, end)!.scalar) else {
        throw failure(p, expected: "a blank node label after '_:'")
      }
      p += length
    }
    try nameContinuation(&p)
    return TermSlice(input: start, count: p - start)
  }

  /// PN_CHARS and `.` after the first character of a name, with trailing dots left unread.
  @inline(__always)
  func nameContinuation(_ p: inout UnsafePointer<UInt8>) throws(ParseStop) {
    while try !atEnd(p) {
      let byte = p.pointee
      if table[Int(byte)] & ByteClass.name != 0 || byte == 0x2E {
        p += 1
      } else if byte >= 0x80 {
        let length = try scalarLength(p)
        guard UTF8Sequence.isNameContinuation(UTF8Sequence.decode(p, end)!.scalar) else { break }
        p += length
      } else {
        break
      }
    }
    while p[-1] == 0x2E { p -= 1 }
  }

  /// `@tag(-subtag)*`; `p` is at `@` and ends after the tag.
  func languageTag(_ p: inout UnsafePointer<UInt8>) throws(ParseStop) -> TermSlice {
    p += 1
    let start = p
    var partStart = p
    var allowed = ByteClass.letter
    while true {
      let more = try !atEnd(p)
      if more && table[Int(p.pointee)] & allowed != 0 {
        p += 1
        continue
      }
      if p == partStart { throw failure(p, expected: "a language tag of letters after '@'") }
      guard more && p.pointee == 0x2D else { break }
      p += 1
      partStart = p
      allowed = ByteClass.letter | ByteClass.digit
    }
    return TermSlice(input: start, count: p - start)
  }
}
