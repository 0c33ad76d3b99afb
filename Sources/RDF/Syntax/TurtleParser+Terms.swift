extension TurtleParser {
  /// An IRI, prefixed name or labelled blank node: a subject, or the graph-free node forms.
  mutating func node(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ next: Int, role: String
  ) throws(ParseStop) -> PendingTerm {
    if next == 0x3C { return PendingTerm(.iri, try resolvedIRI(&p, scanner)) }
    if next == 0x5F { return try blankNode(&p, scanner) }
    if let iri = try prefixedName(&p, scanner, next) { return PendingTerm(.iri, iri) }
    throw scanner.failure(p, expected: "\(role) (an IRI, a prefixed name or a blank node)")
  }

  /// A predicate: an IRI, a prefixed name or `a`.
  mutating func verb(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ next: Int)
    throws(ParseStop) -> Int32
  {
    if next == 0x3C { return intern(PendingTerm(.iri, try resolvedIRI(&p, scanner))) }
    if next == 0x61, try !isNameByte(peek(p + 1, scanner)) {
      p += 1
      return TurtleParser.rdfType
    }
    if let iri = try prefixedName(&p, scanner, next) { return intern(PendingTerm(.iri, iri)) }
    throw scanner.failure(p, expected: "a predicate (an IRI, a prefixed name or 'a')")
  }

  /// An object other than `[ … ]` and `( … )`.
  mutating func objectTerm(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ next: Int)
    throws(ParseStop) -> PendingTerm
  {
    switch next {
    case 0x3C: return PendingTerm(.iri, try resolvedIRI(&p, scanner))
    case 0x5F: return try blankNode(&p, scanner)
    case 0x22, 0x27: return try literal(&p, scanner, quote: next)
    case 0x2B, 0x2D, 0x30...0x39: return try number(&p, scanner)
    case 0x2E where try isDigit(peek(p + 1, scanner)): return try number(&p, scanner)
    default: break
    }
    let start = p
    if let iri = try prefixedName(&p, scanner, next) { return PendingTerm(.iri, iri) }
    if let boolean = try keyword(&p, scanner, ["true", "false"]) {
      return PendingTerm(
        .literal, TermSlice(input: start, count: boolean.utf8CodeUnitCount),
        datatype: Vocabulary.xsdBoolean)
    }
    throw scanner.failure(
      p, expected: "an object (an IRI, a prefixed name, a blank node, a literal or a collection)")
  }

  /// `_:label`; written labels starting with `_` get another `_` so no generated label
  /// (`_` and digits) can equal one.
  private mutating func blankNode(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner)
    throws(ParseStop)
    -> PendingTerm
  {
    let label = try scanner.blankNodeLabel(&p)
    guard label.pointer![0] == 0x5F else { return PendingTerm(.blankNode, label) }
    let offset = arena.count
    arena.append(0x5F)
    arena.append(label.pointer!, Int(label.count))
    return PendingTerm(.blankNode, TermSlice(arenaOffset: offset, count: Int(label.count) + 1))
  }

  /// An IRI reference resolved against the base; absolute IRIs without dot segments stay
  /// in the input.
  mutating func resolvedIRI(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner)
    throws(ParseStop)
    -> TermSlice
  {
    let start = p
    let raw = try scanner.iri(&p)
    let bytes = raw.bytes(arena)
    if IRIReference.schemeEnd(bytes) != nil && !DotSegments.mayBePresent(in: bytes) { return raw }
    let copy = raw.pointer == nil ? Array(bytes) : nil
    let offset = arena.count
    let resolved =
      copy.map { text in text.withUnsafeBufferPointer { resolve($0) } } ?? resolve(bytes)
    guard resolved else {
      throw .failure(
        start,
        "the relative IRI '\(TerminalSafeText.escape(UnsafeBufferPointer(start: start, count: p - start)))'"
          + " needs a base IRI, but none is set")
    }
    return TermSlice(arenaOffset: offset, count: arena.count - offset)
  }

  /// Appends the resolution of `text` to the arena; false for a relative IRI with no base.
  private mutating func resolve(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    if let resolver {
      resolver.resolve(text, into: arena)
    } else if IRIReference.schemeEnd(text) != nil {
      IRIResolver.appendAbsolute(text, IRIReference(text), into: arena)
    } else {
      return false
    }
    return true
  }

  /// Whether a byte (or -1 for the end) can continue a name, so that `a` and keywords are
  /// told apart from prefixed names such as `a:b` or `true:x`.
  mutating func isNameByte(_ byte: Int) -> Bool {
    byte >= 0x80 || byte == 0x3A || byte == 0x2E
      || (byte >= 0 && table[byte] & ByteClass.name != 0)
  }

  /// One of `words` followed by a non-name byte, consumed; nil (and `p` unchanged) otherwise.
  mutating func keyword(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ words: [StaticString]
  )
    throws(ParseStop) -> StaticString?
  {
    for word in words {
      let count = word.utf8CodeUnitCount
      var matched = 0
      while matched < count, try peek(p + matched, scanner) == Int(word.utf8Start[matched]) {
        matched += 1
      }
      if matched == count, try !isNameByte(peek(p + count, scanner)) {
        p += count
        return word
      }
    }
    return nil
  }
}
