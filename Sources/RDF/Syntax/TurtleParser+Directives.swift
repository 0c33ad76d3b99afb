extension TurtleParser {
  /// `@prefix`, `@base` (ending in `.`) or SPARQL's `PREFIX`, `BASE` (no `.`, any case);
  /// false, with `p` unchanged, when the statement is not a directive.
  mutating func directive<Sink: RDFSink>(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ sink: inout Sink
  ) throws(ParseStop) -> Bool {
    let next = try peek(p, scanner)
    let atForm = next == 0x40
    var word = atForm ? p + 1 : p
    while try table[max(0, peek(word, scanner))] & ByteClass.letter != 0 { word += 1 }
    let text = UnsafeBufferPointer(start: atForm ? p + 1 : p, count: word - p - (atForm ? 1 : 0))
    let isPrefix = matches(text, "prefix", anyCase: !atForm)
    let isBase = !isPrefix && matches(text, "base", anyCase: !atForm)
    if !atForm {
      guard isPrefix || isBase, try !isNameByte(peek(word, scanner)) else { return false }
    } else if !isPrefix && !isBase {
      throw scanner.failure(p, expected: "'@prefix' or '@base'")
    }
    p = word
    if isPrefix {
      try prefixDirective(&p, scanner, &sink, needsDot: atForm)
    } else {
      try baseDirective(&p, scanner, &sink, needsDot: atForm)
    }
    arena.reset()
    return true
  }

  private mutating func matches(_ text: UnsafeBufferPointer<UInt8>, _ word: String, anyCase: Bool)
    -> Bool
  {
    text.count == word.utf8.count
      && zip(text, word.utf8).allSatisfy { anyCase ? $0 | 0x20 == $1 : $0 == $1 }
  }

  private mutating func prefixDirective<Sink: RDFSink>(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ sink: inout Sink, needsDot: Bool
  ) throws(ParseStop) {
    try skipTrivia(&p, scanner)
    let start = p
    var colon = p
    let next = try peek(p, scanner)
    if next != 0x3A {
      guard next >= 0x80 || (next >= 0 && table[next] & ByteClass.letter != 0) else {
        throw scanner.failure(p, expected: "a prefix name ending in ':'")
      }
      colon += next >= 0x80 ? try scanner.scalarLength(p) : 1
      try scanner.nameContinuation(&colon)
    }
    guard try peek(colon, scanner) == 0x3A else {
      throw scanner.failure(colon, expected: "':' to end the prefix name")
    }
    p = colon + 1
    let namespace = try declaredIRI(&p, scanner, needsDot: needsDot)
    let name = UnsafeBufferPointer(start: start, count: colon - start)
    let bytes = namespace.bytes(arena)
    prefixes.declare(name: name, namespace: bytes)
    sink.prefix(name: name, namespace: bytes)
  }

  private mutating func baseDirective<Sink: RDFSink>(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ sink: inout Sink, needsDot: Bool
  ) throws(ParseStop) {
    let bytes = try declaredIRI(&p, scanner, needsDot: needsDot).bytes(arena)
    resolver = IRIResolver(base: Array(bytes))
    sink.base(iri: bytes)
  }

  /// The IRI of a directive, resolved, and the `.` of the `@` forms.
  private mutating func declaredIRI(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, needsDot: Bool
  )
    throws(ParseStop) -> TermSlice
  {
    try skipTrivia(&p, scanner)
    guard try peek(p, scanner) == 0x3C else {
      throw scanner.failure(p, expected: "an IRI in '<…>'")
    }
    let iri = try resolvedIRI(&p, scanner)
    if needsDot {
      try skipTrivia(&p, scanner)
      guard try peek(p, scanner) == 0x2E else {
        throw scanner.failure(p, expected: "'.' after the directive")
      }
      p += 1
    }
    return iri
  }
}
