import KnowledgeGraph
import FileInput

/// Decodes XML character data and attribute values: the five predefined
/// entities, numeric character references, and line ends (`\r\n` and `\r`
/// become `\n`; in attributes, raw tabs and line breaks become spaces, as
/// XML's attribute-value normalization says).
enum XMLText {
  static func decode(
    _ range: Range<Int>, of input: InputText, isAttribute: Bool, into output: inout [UInt8]
  ) throws(LoadError) {
    let bytes = input.bytes
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "&"):
        index = try decodeReference(at: index, limit: range.upperBound, of: input, into: &output)
        continue
      case 0x0D:
        output.append(isAttribute ? 0x20 : 0x0A)
        if index + 1 < range.upperBound, bytes[index + 1] == 0x0A { index += 1 }
      case 0x09, 0x0A: output.append(isAttribute ? 0x20 : byte)
      default: output.append(byte)
      }
      index += 1
    }
  }

  /// Appends the character of the reference at `start` and returns the offset after its `;`.
  private static func decodeReference(
    at start: Int, limit: Int, of input: InputText, into output: inout [UInt8]
  ) throws(LoadError) -> Int {
    let bytes = input.bytes
    var end = start + 1
    while end < limit, end - start <= 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
    guard end < limit, bytes[end] == UInt8(ascii: ";") else {
      throw input.error(at: start, "'&' starts no reference; write it as &amp;")
    }
    let name = input.string(start + 1..<end)
    guard let scalar = scalar(named: name) else {
      throw input.error(
        at: start, "unknown or invalid reference \(QuotedText.quoted("&" + name + ";"))")
    }
    output.append(contentsOf: String(Character(scalar)).utf8)
    return end + 1
  }

  private static func scalar(named name: String) -> Unicode.Scalar? {
    switch name {
    case "lt": "<"
    case "gt": ">"
    case "amp": "&"
    case "quot": "\""
    case "apos": "'"
    default: numericScalar(name)
    }
  }

  private static func numericScalar(_ name: String) -> Unicode.Scalar? {
    guard name.hasPrefix("#") else { return nil }
    let digits = name.dropFirst()
    let value =
      digits.hasPrefix("x")
      ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
    guard let value, value != 0, !digits.contains("+"), !digits.contains("-") else { return nil }
    return Unicode.Scalar(value)
  }
}
