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

  /// Whether a lexical form of a `kind` datatype already is the JSON text
  /// for its value: `true`, `false`, or a number JSON allows.
  static func isJSON(_ bytes: UnsafeBufferPointer<UInt8>, _ kind: NativeDatatype) -> Bool {
    switch kind {
    case .boolean: ByteComparison.equal(bytes, trueText) || ByteComparison.equal(bytes, falseText)
    case .number: isJSONNumber(bytes)
    case .none: false
    }
  }

  private static let trueText = Array("true".utf8)
  private static let falseText = Array("false".utf8)

  /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, scanned by hand:
  /// a regex here would be parsed again for every literal.
  private static func isJSONNumber(_ text: String) -> Bool {
    isJSONNumber(text.utf8)
  }

  private static func isJSONNumber<Bytes: Collection<UInt8>>(_ text: Bytes) -> Bool {
    var bytes = text[...]
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    guard let first = bytes.first, isDigit(first) else { return false }
    let integer = bytes.prefix(while: isDigit)
    guard first != UInt8(ascii: "0") || integer.count == 1 else { return false }
    bytes = bytes.dropFirst(integer.count)
    if bytes.first == UInt8(ascii: ".") {
      let fraction = bytes.dropFirst().prefix(while: isDigit)
      guard !fraction.isEmpty else { return false }
      bytes = bytes.dropFirst(1 + fraction.count)
    }
    if let marker = bytes.first, marker | 0x20 == UInt8(ascii: "e") {
      bytes = bytes.dropFirst()
      if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
        bytes = bytes.dropFirst()
      }
      let exponent = bytes.prefix(while: isDigit)
      guard !exponent.isEmpty else { return false }
      bytes = bytes.dropFirst(exponent.count)
    }
    return bytes.isEmpty
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
