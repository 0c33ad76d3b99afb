extension TurtleParser {
  /// A quoted literal (short or long, either quote) with its language tag or datatype.
  mutating func literal(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, quote: Int)
    throws(ParseStop) -> PendingTerm
  {
    var isLong = try peek(p + 1, scanner) == quote
    if isLong { isLong = try peek(p + 2, scanner) == quote }
    let value: TermSlice
    if isLong {
      value = try longString(&p, scanner, quote: UInt8(quote))
    } else {
      value = try scanner.shortString(&p)
    }
    let next = try peek(p, scanner)
    if next == 0x40 { return PendingTerm(.literal, value, language: try scanner.languageTag(&p)) }
    guard next == 0x5E else { return PendingTerm(.literal, value) }
    guard try peek(p + 1, scanner) == 0x5E else {
      throw scanner.failure(p, expected: "'^^' and a datatype")
    }
    p += 2
    let following = try peek(p, scanner)
    var datatype: TermSlice
    if following == 0x3C {
      datatype = try resolvedIRI(&p, scanner)
    } else if let iri = try prefixedName(&p, scanner, following) {
      datatype = iri
    } else {
      throw scanner.failure(p, expected: "a datatype IRI or prefixed name after '^^'")
    }
    let bytes = datatype.bytes(arena)
    if Vocabulary.isXSDString(bytes.baseAddress!, bytes.count) { datatype = .empty }
    return PendingTerm(.literal, value, datatype: datatype)
  }

  /// `"""…"""` or `'''…'''`; `p` is at the first quote and ends after the last.
  private mutating func longString(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, quote: UInt8
  )
    throws(ParseStop) -> TermSlice
  {
    p += 3
    let start = p
    var offset: Int?
    while true {
      if try scanner.atEnd(p) {
        let quotes = String(repeating: String(UnicodeScalar(quote)), count: 3)
        throw .failure(start - 3, "the long string that starts here has no closing \(quotes)")
      }
      let byte = p.pointee
      if byte == quote, try peek(p + 1, scanner) == Int(quote),
        try peek(p + 2, scanner) == Int(quote)
      {
        break
      }
      if byte == 0x5C {
        if offset == nil {
          offset = arena.count
          arena.append(start, p - start)
        }
        try scanner.stringEscape(&p)
        continue
      }
      let length = byte < 0x80 ? 1 : try scanner.scalarLength(p)
      if offset != nil { arena.append(p, length) }
      p += length
    }
    defer { p += 3 }
    guard let offset else { return TermSlice(input: start, count: p - start) }
    return TermSlice(arenaOffset: offset, count: arena.count - offset)
  }

  /// INTEGER, DECIMAL or DOUBLE, typed by its form; the lexical form stays in the input.
  mutating func number(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner) throws(ParseStop)
    -> PendingTerm
  {
    let start = p
    let sign = try peek(p, scanner)
    if sign == 0x2B || sign == 0x2D { p += 1 }
    let integerDigits = try digits(&p, scanner)
    var datatype = Vocabulary.xsdInteger
    if try peek(p, scanner) == 0x2E, try isDigit(peek(p + 1, scanner)) {
      p += 1
      _ = try digits(&p, scanner)
      datatype = Vocabulary.xsdDecimal
    } else if integerDigits > 0, try peek(p, scanner) == 0x2E, try exponentFollows(p + 1, scanner) {
      p += 1
    }
    if integerDigits == 0 && datatype.pointer == Vocabulary.xsdInteger.pointer {
      throw scanner.failure(p, expected: "digits in a number")
    }
    let exponent = try peek(p, scanner)
    if exponent == 0x65 || exponent == 0x45 {
      p += 1
      let exponentSign = try peek(p, scanner)
      if exponentSign == 0x2B || exponentSign == 0x2D { p += 1 }
      guard try digits(&p, scanner) > 0 else {
        throw scanner.failure(p, expected: "digits in the exponent")
      }
      datatype = Vocabulary.xsdDouble
    }
    return PendingTerm(.literal, TermSlice(input: start, count: p - start), datatype: datatype)
  }

  private mutating func digits(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner)
    throws(ParseStop) -> Int
  {
    let start = p
    while try isDigit(peek(p, scanner)) { p += 1 }
    return p - start
  }

  /// Whether `p` starts an exponent with digits, as in the DOUBLE `1.e5`.
  private mutating func exponentFollows(_ p: UnsafePointer<UInt8>, _ scanner: TermScanner)
    throws(ParseStop)
    -> Bool
  {
    let marker = try peek(p, scanner)
    guard marker == 0x65 || marker == 0x45 else { return false }
    let sign = try peek(p + 1, scanner)
    let digitAt = sign == 0x2B || sign == 0x2D ? p + 2 : p + 1
    return try isDigit(peek(digitAt, scanner))
  }

  @inline(__always)
  mutating func isDigit(_ byte: Int) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
