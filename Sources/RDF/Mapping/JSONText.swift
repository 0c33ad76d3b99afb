/// The JSON spellings the model stores attribute values in, written from
/// literal bytes without a `String` per value.
enum JSONText {
  /// `bytes` as a JSON string, quotes and escapes included.
  static func quoted(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    output.removeAll(keepingCapacity: true)
    output.append(UInt8(ascii: "\""))
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        output.append(UInt8(ascii: "\\"))
        output.append(byte)
      case 0..<0x20:
        output.append(contentsOf: Array("\\u00".utf8))
        output.append(hexDigit(byte >> 4))
        output.append(hexDigit(byte & 0xF))
      default:
        output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  /// The lexical form as a JSON number when it is one after dropping a
  /// leading `+` and leading zeros, which xsd allows and JSON does not.
  static func number(_ lexical: String) -> String? {
    var text = lexical.hasPrefix("+") ? String(lexical.dropFirst()) : lexical
    let negative = text.hasPrefix("-")
    if negative { text.removeFirst() }
    while text.count > 1, text.hasPrefix("0"), !text.dropFirst().hasPrefix(".") {
      text.removeFirst()
    }
    if text.hasPrefix(".") { text = "0" + text }
    if text.hasSuffix(".") { text += "0" }
    let candidate = (negative ? "-" : "") + text
    return isJSONNumber(candidate) ? candidate : nil
  }

  private static func isJSONNumber(_ text: String) -> Bool {
    text.wholeMatch(of: /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/) != nil
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
