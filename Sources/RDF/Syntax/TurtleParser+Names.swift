extension TurtleParser {
  /// `prefix:local`, expanded with the declared namespace into the arena; nil (with `p`
  /// unchanged) when the bytes are not a prefixed name, so the caller can try keywords.
  mutating func prefixedName(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ next: Int)
    throws(ParseStop) -> TermSlice?
  {
    let start = p
    var colon = p
    if next != 0x3A && !asciiPrefix(&colon, scanner, next) {
      guard try nameStart(&colon, scanner, next) else { return nil }
      try scanner.nameContinuation(&colon)
      guard try peek(colon, scanner) == 0x3A else { return nil }
    }
    guard let namespace = prefixes.namespace(of: start, colon - start) else {
      throw .failure(
        start,
        "the prefix '\(TerminalSafeText.escape(UnsafeBufferPointer(start: start, count: colon - start))):' is not declared"
      )
    }
    let offset = arena.count
    arena.appendShort(
      namespace.baseAddress!, namespace.count, readable: namespace.count + PrefixTable.padding)
    p = colon + 1
    try localName(&p, scanner)
    return TermSlice(arenaOffset: offset, count: arena.count - offset)
  }

  /// The common prefix: an ASCII letter, then ASCII name bytes, then `:`. On success `p` is
  /// at the colon; otherwise it is unchanged and the general rule decides.
  @inline(__always)
  private mutating func asciiPrefix(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ next: Int
  ) -> Bool {
    guard next >= 0, next < 0x80, table[next] & ByteClass.letter != 0 else { return false }
    var q = p + 1
    while q < scanner.end && table[Int(q.pointee)] & ByteClass.name != 0 { q += 1 }
    guard q < scanner.end && q.pointee == 0x3A else { return false }
    p = q
    return true
  }

  /// PN_CHARS_BASE at `p`, consumed; false (and `p` unchanged) for anything else.
  private mutating func nameStart(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ next: Int
  )
    throws(ParseStop) -> Bool
  {
    if next >= 0 && next < 0x80 {
      guard table[next] & ByteClass.letter != 0 else { return false }
      p += 1
      return true
    }
    guard next >= 0x80 else { return false }
    let length = try scanner.scalarLength(p)
    guard let (scalar, _) = UTF8Sequence.decode(p, scanner.end), UTF8Sequence.isNameStart(scalar)
    else { return false }
    p += length
    return true
  }

  /// PN_LOCAL, appended to the arena with `\` escapes removed and `%XX` kept; a trailing `.`
  /// is left for the statement. Most local names are a run of ASCII name bytes ended by a
  /// byte that cannot continue them; those are copied whole.
  private mutating func localName(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner)
    throws(ParseStop)
  {
    let start = p
    let end = scanner.end
    if p < end && p.pointee != 0x2D {
      while p < end && table[Int(p.pointee)] & ByteClass.local != 0 { p += 1 }
    }
    let isPlainEnd =
      p < end
      ? p.pointee < 0x80 && p.pointee != 0x2E && p.pointee != 0x25 && p.pointee != 0x5C
      : scanner.isFinal
    if isPlainEnd {
      arena.appendShort(start, p - start, readable: scanner.end - start)
      return
    }
    p = start
    try escapedLocalName(&p, scanner)
  }

  /// The general PN_LOCAL rule, byte by byte.
  private mutating func escapedLocalName(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner)
    throws(ParseStop)
  {
    var kept = (position: p, count: arena.count)
    var first = true
    while true {
      let byte = try peek(p, scanner)
      if byte == 0x2E && !first {
        arena.append(0x2E)
        p += 1
        continue
      }
      if byte >= 0 && byte < 0x80 {
        guard try localByte(&p, scanner, UInt8(byte), first: first) else { break }
      } else if byte >= 0x80 {
        let length = try scanner.scalarLength(p)
        let scalar = UTF8Sequence.decode(p, scanner.end)!.scalar
        let allowed =
          first ? UTF8Sequence.isNameStart(scalar) : UTF8Sequence.isNameContinuation(scalar)
        guard allowed else { break }
        arena.append(p, length)
        p += length
      } else {
        break
      }
      first = false
      kept = (p, arena.count)
    }
    p = kept.position
    arena.truncate(to: kept.count)
  }

  /// One ASCII step of a local name: a name byte, `:`, `%XX` or `\` and a reserved character.
  private mutating func localByte(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ byte: UInt8, first: Bool
  ) throws(ParseStop) -> Bool {
    if table[Int(byte)] & ByteClass.name != 0 {
      if first && byte == 0x2D { return false }
      arena.append(byte)
      p += 1
    } else if byte == 0x3A {
      arena.append(byte)
      p += 1
    } else if byte == 0x25 {
      for index in 1...2 where try table[max(0, peek(p + index, scanner))] & ByteClass.hex == 0 {
        throw scanner.failure(
          p + index, expected: "two hexadecimal digits after '%' in a local name")
      }
      arena.append(p, 3)
      p += 3
    } else if byte == 0x5C {
      let escaped = try peek(p + 1, scanner)
      guard escaped > 0, "_~.-!$&'()*+,;=/?#@%".utf8.contains(UInt8(escaped)) else {
        throw scanner.failure(
          p + 1, expected: "one of _~.-!$&'()*+,;=/?#@% after '\\' in a local name")
      }
      arena.append(UInt8(escaped))
      p += 2
    } else {
      return false
    }
    return true
  }
}
