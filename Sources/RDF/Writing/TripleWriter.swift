/// Punctuates statements and buffers the bytes of an export.
///
/// N-Triples repeats the subject on every line. Turtle writes it once and
/// lists its predicates after `;`, and the objects of a repeated predicate
/// after `,`. The bytes collect in one reused buffer that the exporter hands
/// to the output stream in chunks, so an export of any size holds at most a
/// chunk and one entity in memory and creates one `String` per chunk.
struct TripleWriter {
  let syntax: ExportSyntax
  private var buffer: [UInt8] = []
  private var subject: [UInt8] = []
  private var lastPredicate: [UInt8] = []
  /// Whether a Turtle subject has been written and its statement not yet ended.
  private var isOpen = false

  init(syntax: ExportSyntax) {
    self.syntax = syntax
    buffer.reserveCapacity(Self.chunkSize * 2)
  }

  /// Bytes gathered before they go to the output stream.
  static let chunkSize = 1 << 16

  /// Bytes written as they are: Turtle's `@prefix` lines, blank lines.
  mutating func appendRaw(_ bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
  }

  /// Starts the statements about `term`; nothing is written until the first one.
  mutating func startSubject(_ term: [UInt8]) {
    endSubject()
    subject = term
  }

  mutating func add(_ predicate: [UInt8], _ object: [UInt8]) {
    switch syntax {
    case .nTriples:
      appendSubject()
      appendPredicate(predicate, object)
      buffer.append(contentsOf: " .\n".utf8)
    case .turtle where !isOpen:
      appendSubject()
      appendPredicate(predicate, object)
      isOpen = true
      lastPredicate = predicate
    case .turtle where predicate == lastPredicate:
      buffer.append(contentsOf: ", ".utf8)
      buffer.append(contentsOf: object)
    case .turtle:
      buffer.append(contentsOf: " ;\n    ".utf8)
      appendPredicate(predicate, object)
      lastPredicate = predicate
    }
  }

  /// Ends the current subject's statement; Turtle writes its final ` .`.
  mutating func endSubject() {
    guard isOpen else { return }
    buffer.append(contentsOf: " .\n".utf8)
    isOpen = false
  }

  /// Hands the buffered bytes to `output` once there are at least `minimum` of them.
  mutating func flush(to output: inout some TextOutputStream, minimum: Int = 0) {
    guard buffer.count >= minimum, !buffer.isEmpty else { return }
    output.write(String(decoding: buffer, as: UTF8.self))
    buffer.removeAll(keepingCapacity: true)
  }

  private mutating func appendSubject() {
    buffer.append(contentsOf: subject)
    buffer.append(UInt8(ascii: " "))
  }

  private mutating func appendPredicate(_ predicate: [UInt8], _ object: [UInt8]) {
    buffer.append(contentsOf: predicate)
    buffer.append(UInt8(ascii: " "))
    buffer.append(contentsOf: object)
  }
}
