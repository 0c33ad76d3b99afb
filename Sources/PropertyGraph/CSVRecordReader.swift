import KnowledgeGraph
import FileInput

/// A byte-level RFC 4180 reader: one record at a time, fields as ranges of
/// the file's bytes, quoted fields with doubled quotes and line breaks, CRLF
/// or LF line ends, and a UTF-8 byte-order mark. Blank lines are skipped.
struct CSVRecordReader {
  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")

  let input: InputText
  private(set) var position = 0
  /// The fields of the last record read.
  private(set) var fields: [CSVField] = []
  /// Where the last record read starts.
  private(set) var recordStart = 0

  init(_ input: InputText) throws(LoadError) {
    self.input = input
    let bytes = input.bytes
    if bytes.count >= 2,
      (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      throw input.error(
        at: 0, "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
    }
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
  }

  /// Moves to `offset`, the start of a record, where a reader of the same
  /// file on another core stopped.
  mutating func resume(at offset: Int) { position = offset }

  /// Reads the next record into `fields`; false at the end of the file.
  mutating func nextRecord() throws(LoadError) -> Bool {
    skipBlankLines()
    guard position < input.bytes.count else { return false }
    recordStart = position
    fields.removeAll(keepingCapacity: true)
    while true {
      fields.append(try readField())
      guard position < input.bytes.count, input.bytes[position] == Self.comma else { break }
      position += 1
    }
    skipLineEnd()
    return true
  }

  /// The text of a field.
  func string(_ field: CSVField) -> String {
    guard field.hasDoubledQuotes else { return input.string(field.content) }
    return String(decoding: unquoted(field), as: UTF8.self)
  }

  /// Lends a field's bytes to `body`, decoding doubled quotes only if there are any.
  func withBytes<Result>(_ field: CSVField, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
    -> Result
  {
    guard field.hasDoubledQuotes else { return body(input.slice(field.content)) }
    return unquoted(field).withUnsafeBufferPointer(body)
  }

  private func unquoted(_ field: CSVField) -> [UInt8] {
    var result: [UInt8] = []
    var previousWasQuote = false
    for byte in input.slice(field.content) {
      if byte == Self.quote && previousWasQuote {
        previousWasQuote = false
        continue
      }
      previousWasQuote = byte == Self.quote
      result.append(byte)
    }
    return result
  }

  private mutating func readField() throws(LoadError) -> CSVField {
    let bytes = input.bytes
    let start = position
    guard position < bytes.count, bytes[position] == Self.quote else {
      while position < bytes.count, !Self.endsField(bytes[position]) { position += 1 }
      return CSVField(start: start, content: start..<position, hasDoubledQuotes: false)
    }
    return try readQuotedField()
  }

  private mutating func readQuotedField() throws(LoadError) -> CSVField {
    let bytes = input.bytes
    let start = position
    position += 1
    var hasDoubledQuotes = false
    while true {
      guard position < bytes.count else {
        throw input.error(at: start, "quoted field is not terminated before end of file")
      }
      if bytes[position] == Self.quote {
        guard position + 1 < bytes.count, bytes[position + 1] == Self.quote else { break }
        hasDoubledQuotes = true
        position += 1
      }
      position += 1
    }
    position += 1
    guard position >= bytes.count || Self.endsField(bytes[position]) else {
      throw input.error(
        at: position,
        "expected ',' or a line end after the closing quote, found '\(TerminalSafeText.singleLine(input.string(position..<position + 1)))'"
      )
    }
    return CSVField(
      start: start, content: start + 1..<position - 1, hasDoubledQuotes: hasDoubledQuotes)
  }

  private static func endsField(_ byte: UInt8) -> Bool {
    byte == comma || byte == 0x0A || byte == 0x0D
  }

  private mutating func skipLineEnd() {
    let bytes = input.bytes
    if position < bytes.count, bytes[position] == 0x0D { position += 1 }
    if position < bytes.count, bytes[position] == 0x0A { position += 1 }
  }

  private mutating func skipBlankLines() {
    let bytes = input.bytes
    while position < bytes.count, bytes[position] == 0x0A || bytes[position] == 0x0D {
      position += 1
    }
  }
}
