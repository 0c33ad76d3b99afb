import KnowledgeGraph

/// Text from a file as the graph stores it, handled as bytes so that reading
/// makes no `String` per value. Valid UTF-8 is kept as it is; anything else
/// is repaired as `String(decoding:as:)` repairs it (U+FFFD for each bad
/// sequence), so the graph holds exactly what reading through `String` held.
enum StoredText {
  /// Calls `body` with `bytes`, or with their repaired form when they are not valid UTF-8.
  static func withValidUTF8<Result>(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    guard !isValidUTF8(bytes) else { return body(bytes) }
    var repaired = String(decoding: bytes, as: UTF8.self)
    return repaired.withUTF8(body)
  }

  static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = asciiEnd(of: bytes, from: 0)
    while index < bytes.count {
      guard let end = try? UTF8Validation.sequenceEnd(in: bytes, at: index) else { return false }
      index = asciiEnd(of: bytes, from: end)
    }
    return true
  }

  /// Appends `bytes` as a JSON string literal spelled as `JSONOutput`
  /// spells it, which is how the graph stores string attributes: copied
  /// when nothing in them needs an escape, else through `JSONOutput`.
  static func appendJSONString(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    guard isPlainJSON(bytes) else {
      var literal = ""
      JSONOutput.writeQuoted(String(decoding: bytes, as: UTF8.self), to: &literal)
      output.append(contentsOf: literal.utf8)
      return
    }
    output.append(UInt8(ascii: "\""))
    output.append(contentsOf: bytes)
    output.append(UInt8(ascii: "\""))
  }

  /// The first offset from `start` that holds a non-ASCII byte, or the
  /// end; eight bytes at a time, as names and descriptions are mostly ASCII.
  private static func asciiEnd(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    var index = start
    while index + 8 <= bytes.count,
      UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
    {
      index += 8
    }
    while index < bytes.count, bytes[index] < 0x80 { index += 1 }
    return index
  }

  /// True for valid UTF-8 that holds nothing `JSONOutput.writeQuoted`
  /// escapes: no quote, backslash, control character, DEL, C1 control or
  /// line or paragraph separator.
  private static func isPlainJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard byte >= 0x80 else {
        guard byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0x7F else { return false }
        index += 1
        continue
      }
      guard let end = try? UTF8Validation.sequenceEnd(in: bytes, at: index),
        !isEscapedCharacter(bytes, at: index)
      else { return false }
      index = end
    }
    return true
  }

  /// The C1 controls (`C2 80` to `C2 9F`) and U+2028 and U+2029 (`E2 80
  /// A8`, `E2 80 A9`), given a valid sequence at `index`.
  private static func isEscapedCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> Bool
  {
    switch bytes[index] {
    case 0xC2: bytes[index + 1] <= 0x9F
    case 0xE2: bytes[index + 1] == 0x80 && (bytes[index + 2] | 1) == 0xA9
    default: false
    }
  }
}
