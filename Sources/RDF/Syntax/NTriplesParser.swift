/// N-Triples and N-Quads, line by line.
///
/// Every line is complete in the bytes it parses (a chunk is cut after its last line feed), so
/// a triple is emitted as soon as its line ends, with terms pointing into the input unless an
/// escape had to be decoded.
struct NTriplesParser: ChunkParser {
  let quads: Bool
  private let arena = ByteArena()
  private var lines: LineTracker
  private var errors: ErrorCollector

  init(quads: Bool, errorLimit: Int, linePrefix: Int = 0) {
    self.quads = quads
    lines = LineTracker(prefix: linePrefix)
    errors = ErrorCollector(limit: errorLimit)
  }

  mutating func parse<Sink: RDFSink>(
    _ chunk: UnsafePointer<UInt8>, count: Int, isFinal: Bool, into sink: inout Sink
  ) throws -> Int {
    var regionEnd = chunk + count
    if !isFinal {
      while regionEnd > chunk && regionEnd[-1] != 0x0A { regionEnd -= 1 }
      if regionEnd == chunk { return 0 }
    }
    let scanner = TermScanner(end: regionEnd, isFinal: true, arena: arena)
    var p = chunk
    while p < regionEnd {
      do throws(ParseStop) {
        try line(&p, scanner, &sink)
      } catch {
        guard case .failure(let position, let message) = error else { continue }
        let place = lines.locate(position - chunk, in: chunk)
        try errors.record(
          RDFSyntaxError(
            line: place.line, column: place.column, byteOffset: place.byteOffset, message: message))
        p = position
        while p < regionEnd && p.pointee != 0x0A { p += 1 }
      }
    }
    return regionEnd - chunk
  }

  mutating func discard(_ count: Int, of chunk: UnsafePointer<UInt8>) {
    lines.discard(count, of: chunk)
  }

  mutating func skip(_ count: Int) {
    lines.skip(count)
  }

  func finish() throws { try errors.finish() }

  /// One line: blank, a comment, or a statement.
  @inline(__always)
  private func line<Sink: RDFSink>(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ sink: inout Sink
  ) throws(ParseStop) {
    let end = scanner.end
    skipSpaces(&p, end)
    guard p < end else { return }
    let first = p.pointee
    if first == 0x0A || first == 0x0D {
      p += 1
    } else if first == 0x23 {
      while p < end && p.pointee != 0x0A { p += 1 }
    } else {
      try statement(&p, scanner, &sink)
    }
  }

  @inline(__always)
  private func statement<Sink: RDFSink>(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ sink: inout Sink
  ) throws(ParseStop) {
    let end = scanner.end
    arena.reset()
    let subject = try node(&p, scanner, role: "a subject (an IRI or a blank node)")
    skipSpaces(&p, end)
    guard p < end && p.pointee == 0x3C else {
      throw scanner.failure(p, expected: "a predicate IRI")
    }
    let predicate = PendingTerm(.iri, try absoluteIRI(&p, scanner))
    skipSpaces(&p, end)
    let object =
      p < end && p.pointee == 0x22
      ? try literal(&p, scanner)
      : try node(&p, scanner, role: "an object (an IRI, a blank node or a literal)")
    skipSpaces(&p, end)
    var graph: PendingTerm?
    if quads && p < end && (p.pointee == 0x3C || p.pointee == 0x5F) {
      graph = try node(&p, scanner, role: "a graph name")
      skipSpaces(&p, end)
    }
    try finishLine(&p, scanner, hasGraph: graph != nil)
    sink.statement(
      subject: subject.term(arena), predicate: predicate.term(arena), object: object.term(arena),
      graph: graph?.term(arena))
  }

  /// The `.` and the end of the line, with an optional comment between them.
  @inline(__always)
  private func finishLine(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, hasGraph: Bool)
    throws(ParseStop)
  {
    let end = scanner.end
    guard p < end && p.pointee == 0x2E else {
      let expected =
        hasGraph
        ? "'.' after the graph name"
        : quads ? "'.' or a graph name after the object" : "'.' after the object"
      throw scanner.failure(p, expected: expected)
    }
    p += 1
    skipSpaces(&p, end)
    if p < end && p.pointee == 0x23 {
      while p < end && p.pointee != 0x0A { p += 1 }
    }
    guard p == end || p.pointee == 0x0A || p.pointee == 0x0D else {
      throw scanner.failure(p, expected: "the end of the line after '.'")
    }
  }

  @inline(__always)
  private func node(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, role: String)
    throws(ParseStop) -> PendingTerm
  {
    guard p < scanner.end else { throw scanner.failure(p, expected: role) }
    switch p.pointee {
    case 0x3C: return PendingTerm(.iri, try absoluteIRI(&p, scanner))
    case 0x5F: return PendingTerm(.blankNode, try scanner.blankNodeLabel(&p))
    default: throw scanner.failure(p, expected: role)
    }
  }

  @inline(__always)
  private func absoluteIRI(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner)
    throws(ParseStop)
    -> TermSlice
  {
    let start = p
    let iri = try scanner.iri(&p)
    guard IRIReference.schemeEnd(iri.bytes(arena)) != nil else {
      throw .failure(
        start, "expected an absolute IRI, found the relative IRI \(FoundText.describe(start, p))")
    }
    return iri
  }

  @inline(__always)
  private func literal(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner) throws(ParseStop)
    -> PendingTerm
  {
    let value = try scanner.shortString(&p)
    guard p < scanner.end else { return PendingTerm(.literal, value) }
    if p.pointee == 0x40 {
      return PendingTerm(.literal, value, language: try scanner.languageTag(&p))
    }
    guard p.pointee == 0x5E else { return PendingTerm(.literal, value) }
    guard p + 2 < scanner.end && p[1] == 0x5E && p[2] == 0x3C else {
      throw scanner.failure(p, expected: "'^^<' and a datatype IRI")
    }
    p += 2
    var datatype = try absoluteIRI(&p, scanner)
    let bytes = datatype.bytes(arena)
    if Vocabulary.isXSDString(bytes.baseAddress!, bytes.count) { datatype = .empty }
    return PendingTerm(.literal, value, datatype: datatype)
  }

  @inline(__always)
  private func skipSpaces(_ p: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) {
    while p < end && (p.pointee == 0x20 || p.pointee == 0x09) { p += 1 }
  }
}
