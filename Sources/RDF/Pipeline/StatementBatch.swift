/// What a reader found in a stretch of input, copied out of the reader's
/// buffers so that another thread can hand it to a sink later, in order:
/// statements, and the prefix and base declarations between them.
struct StatementBatch {
  /// Enough to amortize a hand-over between threads, small enough to stay in the cache.
  static let capacity = 1 << 20

  private enum Entry {
    case statement(hasGraph: Bool)
    case prefix
    case base
  }

  /// A term's kind and the ranges of its value, datatype and language in `bytes`.
  private struct StoredTerm {
    var kind: RDFTermKind
    var value: Range<Int>
    var datatype: Range<Int>
    var language: Range<Int>
  }

  private var entries: [Entry] = []
  private var terms: [StoredTerm] = []
  private var bytes: [UInt8] = []

  var isEmpty: Bool { entries.isEmpty }
  var isFull: Bool { bytes.count >= Self.capacity }

  mutating func appendStatement(
    subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm?
  ) {
    entries.append(.statement(hasGraph: graph != nil))
    for term in [subject, predicate, object] { append(term) }
    if let graph { append(graph) }
  }

  mutating func appendPrefix(
    name: UnsafeBufferPointer<UInt8>, namespace: UnsafeBufferPointer<UInt8>
  ) {
    entries.append(.prefix)
    append(RDFTerm(kind: .literal, value: name))
    append(RDFTerm(kind: .iri, value: namespace))
  }

  mutating func appendBase(iri: UnsafeBufferPointer<UInt8>) {
    entries.append(.base)
    append(RDFTerm(kind: .iri, value: iri))
  }

  /// Hands everything to `sink` in the order it was found.
  func replay<Sink: RDFSink>(into sink: inout Sink) {
    bytes.withUnsafeBufferPointer { bytes in
      var next = 0
      func term() -> RDFTerm {
        defer { next += 1 }
        let stored = terms[next]
        return RDFTerm(
          kind: stored.kind, value: UnsafeBufferPointer(rebasing: bytes[stored.value]),
          datatype: UnsafeBufferPointer(rebasing: bytes[stored.datatype]),
          language: UnsafeBufferPointer(rebasing: bytes[stored.language]))
      }
      for entry in entries {
        switch entry {
        case .statement(let hasGraph):
          let (subject, predicate, object) = (term(), term(), term())
          sink.statement(
            subject: subject, predicate: predicate, object: object, graph: hasGraph ? term() : nil)
        case .prefix:
          let name = term()
          sink.prefix(name: name.value, namespace: term().value)
        case .base:
          sink.base(iri: term().value)
        }
      }
    }
  }

  /// Empties the batch, keeping its memory for the next one.
  mutating func removeAll() {
    entries.removeAll(keepingCapacity: true)
    terms.removeAll(keepingCapacity: true)
    bytes.removeAll(keepingCapacity: true)
  }

  private mutating func append(_ term: RDFTerm) {
    terms.append(
      StoredTerm(
        kind: term.kind, value: copy(term.value), datatype: copy(term.datatype),
        language: copy(term.language)))
  }

  private mutating func copy(_ part: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    let start = bytes.count
    bytes.append(contentsOf: part)
    return start..<bytes.count
  }
}
