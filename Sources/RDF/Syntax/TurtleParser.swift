/// Turtle 1.1, statement by statement.
///
/// A statement's triples are collected and emitted when its `.` is read. When a chunk ends
/// inside a statement, everything the statement changed is undone and the caller hands the
/// statement back with more bytes, so memory is bounded by the largest statement.
struct TurtleParser: ChunkParser {
  let arena = ByteArena()
  let table = ByteClass.table
  var lines: LineTracker
  var errors: ErrorCollector
  var resolver: IRIResolver?
  var prefixes = PrefixTable()
  var blankNodeCount = 0
  /// What generated blank-node labels start with: `_`, and for a later part of a split
  /// document its index and `-`, so the parts' labels never meet.
  private let blankNodeLabelStart: [UInt8]
  var pending: [PendingTriple] = []
  /// The terms of the statement so far; the first ones are the vocabulary below.
  var terms: [PendingTerm] = TurtleParser.vocabularyTerms
  var frames: [TurtleFrame] = []
  /// After an error, skipping to the end of the broken statement, possibly across chunks.
  var recovering = false

  init(base: [UInt8]?, errorLimit: Int) {
    self.init(start: TurtleState(base: base), errorLimit: errorLimit)
  }

  /// A parser that starts at byte `linePrefix` of a split document with the prefixes and base
  /// in effect there, generating the blank-node labels of part `part`.
  init(start: TurtleState, errorLimit: Int, linePrefix: Int = 0, part: Int = 0) {
    errors = ErrorCollector(limit: errorLimit)
    lines = LineTracker(prefix: linePrefix)
    blankNodeLabelStart = part == 0 ? [0x5F] : Array("_\(part)-".utf8)
    resolver = start.base.flatMap(IRIResolver.init(base:))
    for (name, namespace) in start.prefixes {
      name.withUnsafeBufferPointer { name in
        namespace.withUnsafeBufferPointer { prefixes.declare(name: name, namespace: $0) }
      }
    }
  }

  /// The prefixes and base in effect after what has been parsed.
  var state: TurtleState {
    TurtleState(prefixes: prefixes.declarations, base: resolver?.base)
  }

  mutating func parse<Sink: RDFSink>(
    _ chunk: UnsafePointer<UInt8>, count: Int, isFinal: Bool, into sink: inout Sink
  ) throws -> Int {
    let scanner = TermScanner(end: chunk + count, isFinal: isFinal, arena: arena)
    var p = chunk
    while true {
      if recovering {
        guard let resume = recoveryPoint(from: p, scanner) else {
          return count - (count > 0 && chunk[count - 1] == 0x2E ? 1 : 0)
        }
        p = resume
        recovering = false
      }
      let statementStart = p
      let blankNodesBefore = blankNodeCount
      do throws(ParseStop) {
        try skipTrivia(&p, scanner)
        if p == scanner.end { return count }
        try statement(&p, scanner, &sink)
      } catch {
        clearStatement()
        if case .failure(let position, let message) = error,
          isFinal || scanner.end - position >= FoundText.lookahead
        {
          try record(message, at: position, in: chunk)
          p = position
          recovering = true
        } else {
          blankNodeCount = blankNodesBefore
          return statementStart - chunk
        }
      }
    }
  }

  /// Records an error; a failure close to the end of a chunk is instead parsed again with more
  /// bytes, so its message quotes the same text as when the input is read whole.
  private mutating func record(
    _ message: String, at position: UnsafePointer<UInt8>, in chunk: UnsafePointer<UInt8>
  ) throws {
    let place = lines.locate(position - chunk, in: chunk)
    try errors.record(
      RDFSyntaxError(
        line: place.line, column: place.column, byteOffset: place.byteOffset, message: message))
  }

  mutating func discard(_ count: Int, of chunk: UnsafePointer<UInt8>) {
    lines.discard(count, of: chunk)
  }

  mutating func skip(_ count: Int) {
    lines.skip(count)
  }

  func finish() throws { try errors.finish() }

  private mutating func clearStatement() {
    pending.removeAll(keepingCapacity: true)
    terms.removeSubrange(4...)
    frames.removeAll(keepingCapacity: true)
    arena.reset()
  }

  /// After an error, the statement is abandoned up to the next `.` that ends a statement
  /// (one followed by white space, a comment or the end); nil when the chunk ends first.
  private func recoveryPoint(from position: UnsafePointer<UInt8>, _ scanner: TermScanner)
    -> UnsafePointer<UInt8>?
  {
    let end = scanner.end
    var p = position
    while p < end {
      if p.pointee == 0x2E {
        if p + 1 == end { return scanner.isFinal ? end : nil }
        if p[1] == 0x23 || table[Int(p[1])] & ByteClass.space != 0 { return p + 1 }
      }
      p += 1
    }
    return scanner.isFinal ? end : nil
  }

  /// A directive, or triples up to their `.`.
  private mutating func statement<Sink: RDFSink>(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ sink: inout Sink
  ) throws(ParseStop) {
    if try directive(&p, scanner, &sink) { return }
    try triples(&p, scanner)
    terms.withUnsafeBufferPointer { terms in
      for triple in pending {
        sink.statement(
          subject: terms[Int(triple.subject)].term(arena),
          predicate: terms[Int(triple.predicate)].term(arena),
          object: triple.object.term(arena), graph: nil)
      }
    }
    clearStatement()
  }

  /// White space and comments.
  @inline(__always)
  mutating func skipTrivia(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner)
    throws(ParseStop)
  {
    var cursor = p
    defer { p = cursor }
    while try !scanner.atEnd(cursor) {
      let byte = cursor.pointee
      if table[Int(byte)] & ByteClass.space != 0 {
        cursor += 1
      } else if byte == 0x23 {
        while try !scanner.atEnd(cursor) && cursor.pointee != 0x0A { cursor += 1 }
      } else {
        return
      }
    }
  }

  /// The next byte, or -1 at the true end of the input.
  @inline(__always)
  mutating func peek(_ p: UnsafePointer<UInt8>, _ scanner: TermScanner) throws(ParseStop) -> Int {
    try scanner.atEnd(p) ? -1 : Int(p.pointee)
  }

  @inline(__always)
  mutating func add(_ subject: Int32, _ predicate: Int32, _ object: Int32) {
    add(subject, predicate, object: terms[Int(object)])
  }

  @inline(__always)
  mutating func add(_ subject: Int32, _ predicate: Int32, object: PendingTerm) {
    pending.append(PendingTriple(subject: subject, predicate: predicate, object: object))
  }

  /// Adds a term to the statement and returns its index.
  @inline(__always)
  mutating func intern(_ term: PendingTerm) -> Int32 {
    terms.append(term)
    return Int32(terms.count - 1)
  }

  /// Indices of the terms every statement starts with (see `vocabularyTerms`).
  static var rdfType: Int32 { 0 }
  static var rdfFirst: Int32 { 1 }
  static var rdfRest: Int32 { 2 }
  static var rdfNil: Int32 { 3 }

  private static var vocabularyTerms: [PendingTerm] {
    [
      PendingTerm(.iri, Vocabulary.rdfType), PendingTerm(.iri, Vocabulary.rdfFirst),
      PendingTerm(.iri, Vocabulary.rdfRest), PendingTerm(.iri, Vocabulary.rdfNil),
    ]
  }

  /// A label for `[]` or a collection cell: `_` (and the part) and a number, which no
  /// written label is reported as (see ``RDFTerm``).
  mutating func freshBlankNode() -> Int32 {
    let offset = arena.count
    blankNodeLabelStart.withUnsafeBufferPointer { arena.append($0) }
    var digits = blankNodeCount
    blankNodeCount += 1
    let start = arena.count
    repeat {
      arena.append(UInt8(0x30 + digits % 10))
      digits /= 10
    } while digits > 0
    var low = arena.base + start
    var high = arena.base + arena.count - 1
    while low < high {
      swap(&low.pointee, &high.pointee)
      low += 1
      high -= 1
    }
    return intern(
      PendingTerm(.blankNode, TermSlice(arenaOffset: offset, count: arena.count - offset)))
  }
}
