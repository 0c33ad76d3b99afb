/// A strict RFC 8259 pull reader over one buffer holding a whole JSON text.
///
/// The dataset loader drives it key by key, so entities stream into the graph
/// without a document tree. It never recurses and never reads outside the
/// buffer: nesting is counted against `maximumDepth`, every access is guarded
/// by a length check, and strings and numbers have length limits, so hostile
/// input costs bounded memory and gets an error instead of a trap.
package struct JSONReader {
  /// Deeper nesting is an error; the dataset format needs four levels.
  package static let maximumDepth = 512
  /// The longest string, in UTF-8 bytes after decoding escapes (1 MiB).
  package static let maximumStringLength = 1 << 20
  /// The longest number literal, far beyond any precision a reader can use.
  package static let maximumNumberLength = 100

  package let input: UnsafeBufferPointer<UInt8>
  package var position = 0
  private(set) var depth = 0
  /// Where the string, number or literal read last began.
  package var tokenStart = 0
  package let scratch = ScratchBuffer()

  package init(_ input: UnsafeBufferPointer<UInt8>) { self.input = input }

  package var isAtEnd: Bool { position >= input.count }

  /// Whether a string starts right here, with no whitespace before it: the
  /// common case, which needs no look at what else the value could be.
  package var isAtQuote: Bool { position < input.count && input[position] == UInt8(ascii: "\"") }

  package mutating func skipWhitespace() {
    while position < input.count {
      switch input[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  /// Skips a UTF-8 byte-order mark at the start, and rejects UTF-16 by its mark.
  package mutating func skipByteOrderMark() throws(JSONError) {
    let start = Array(input.prefix(3))
    if start == [0xEF, 0xBB, 0xBF] {
      position = 3
    } else if start.starts(with: [0xFE, 0xFF]) || start.starts(with: [0xFF, 0xFE]) {
      throw JSONError(
        offset: 0,
        message: "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
    }
  }

  /// The kind of the next value, without consuming it.
  package mutating func peekKind() throws(JSONError) -> JSONValueKind {
    skipWhitespace()
    guard position < input.count else { throw unexpected("a value") }
    switch input[position] {
    case UInt8(ascii: "{"): return .object
    case UInt8(ascii: "["): return .array
    case UInt8(ascii: "\""): return .string
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
    case UInt8(ascii: "n"): return .null
    default: throw unexpected("a value")
    }
  }

  /// Consumes the `{` or `[` that `peekKind` found.
  package mutating func enterContainer() throws(JSONError) {
    guard depth < Self.maximumDepth else {
      throw JSONError(
        offset: position, message: "nesting is deeper than \(Self.maximumDepth) levels")
    }
    depth += 1
    position += 1
  }

  /// Moves to the next member of the object just entered and returns its key,
  /// positioned at the value; returns nil after consuming the closing `}`.
  /// The key's bytes stay valid until the next string is read.
  package mutating func nextKey(isFirst: inout Bool) throws(JSONError) -> UnsafeBufferPointer<
    UInt8
  >? {
    skipWhitespace()
    if isFirst {
      isFirst = false
      if position < input.count && input[position] == UInt8(ascii: "}") { return close() }
      guard position < input.count && input[position] == UInt8(ascii: "\"") else {
        throw unexpected("a key string or '}'")
      }
    } else {
      guard position < input.count else { throw unexpected("',' or '}' after an object member") }
      switch input[position] {
      case UInt8(ascii: "}"): return close()
      case UInt8(ascii: ","): position += 1
      default: throw unexpected("',' or '}' after an object member")
      }
      skipWhitespace()
      guard position < input.count && input[position] == UInt8(ascii: "\"") else {
        throw unexpected("a key string after ','")
      }
    }
    let key = try readString()
    skipWhitespace()
    guard position < input.count && input[position] == UInt8(ascii: ":") else {
      throw unexpected("':' after the key")
    }
    position += 1
    return key
  }

  /// Moves to the next element of the array just entered; returns false after
  /// consuming the closing `]`.
  package mutating func nextElement(isFirst: inout Bool) throws(JSONError) -> Bool {
    skipWhitespace()
    if isFirst {
      isFirst = false
      if position < input.count && input[position] == UInt8(ascii: "]") {
        _ = close()
        return false
      }
      return true
    }
    guard position < input.count else { throw unexpected("',' or ']' after an array element") }
    switch input[position] {
    case UInt8(ascii: "]"):
      _ = close()
      return false
    case UInt8(ascii: ","):
      position += 1
      return true
    default: throw unexpected("',' or ']' after an array element")
    }
  }

  private mutating func close() -> UnsafeBufferPointer<UInt8>? {
    depth -= 1
    position += 1
    return nil
  }

  /// Places the reader inside `depth` open containers at `offset`, for a
  /// reader that starts in the middle of a document (see `RelationSpeculation`).
  package mutating func start(at offset: Int, depth: Int) {
    position = offset
    self.depth = depth
  }

  /// Continues after a container that another reader read to its end.
  package mutating func resume(afterContainerClosedAt end: Int) {
    position = end
    depth -= 1
  }

  /// Checks that only whitespace follows the top-level value.
  package mutating func expectEnd() throws(JSONError) {
    skipWhitespace()
    guard position >= input.count else {
      throw unexpected("end of file after the top-level value")
    }
  }

  /// Reads and validates any value, keeping nothing: used for unknown keys.
  /// Iterative, so nesting costs a counter, not stack frames.
  package mutating func skipValue() throws(JSONError) {
    var containers: [Bool] = []
    var isFirst = false
    var needsValue = true
    while true {
      if needsValue {
        switch try peekKind() {
        case .object, .array:
          let isObject = input[position] == UInt8(ascii: "{")
          try enterContainer()
          containers.append(isObject)
          isFirst = true
        case .string: _ = try readString()
        case .number: _ = try readNumber()
        case .bool: _ = try readBool()
        case .null: try readNull()
        }
      }
      guard let isObject = containers.last else { return }
      needsValue =
        isObject ? try nextKey(isFirst: &isFirst) != nil : try nextElement(isFirst: &isFirst)
      if !needsValue {
        containers.removeLast()
        isFirst = false
      }
    }
  }

  /// An error at the current position: "expected X, found Y".
  package func unexpected(_ expected: String) -> JSONError {
    JSONError(offset: position, message: "expected \(expected), found \(found(at: position))")
  }

  /// What the input holds at an offset, as an error message names it. Inside
  /// a string, a `"` is the closing quote rather than the start of a string.
  package func found(at offset: Int, insideString: Bool = false) -> String {
    guard offset < input.count else { return "end of file" }
    let byte = input[offset]
    switch byte {
    case 0: return "a NUL byte"
    case UInt8(ascii: "\""): return insideString ? "'\"'" : "a string"
    case UInt8(ascii: "'"): return "\"'\""
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return insideString ? "'\(Character(Unicode.Scalar(byte)))'" : "a number"
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
      return "'\(word(at: offset))'"
    case 0x01..<0x20, 0x7F: return "control character \(Self.hex(byte))"
    case 0x20..<0x7F: return "'\(Character(Unicode.Scalar(byte)))'"
    default: return foundNonASCII(at: offset)
    }
  }

  /// The run of ASCII letters and digits at an offset, at most 20, e.g. `NaN` or `tru`.
  private func word(at offset: Int) -> String {
    var end = offset
    while end < input.count && end - offset < 20 {
      let byte = input[end] | 0x20
      guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || Self.isDigit(input[end])
      else {
        break
      }
      end += 1
    }
    return String(decoding: UnsafeBufferPointer(rebasing: input[offset..<end]), as: UTF8.self)
  }

  private func foundNonASCII(at offset: Int) -> String {
    let byte = input[offset]
    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
    guard let end = try? UTF8Validation.sequenceEnd(in: input, at: offset), end - offset == length,
      let scalar = String(
        decoding: UnsafeBufferPointer(rebasing: input[offset..<end]), as: UTF8.self
      ).unicodeScalars.first
    else { return "byte \(Self.hex(byte))" }
    let code = String(scalar.value, radix: 16, uppercase: true)
    return
      "'\(TerminalSafeText.singleLine(String(scalar)))' (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code))"
  }

  package static func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return "0x" + (digits.count == 1 ? "0" : "") + digits
  }
}
