/// Converts attribute values to and from the JSON text the graph stores them as.
enum AttributeCoding {
  /// The JSON spelling of a value, for attributes added through the `String` API.
  static func json(for value: AttributeValue) -> String {
    output(for: value).rendered()
  }

  private static func output(for value: AttributeValue) -> JSONOutput {
    switch value {
    case .string(let text): .string(text)
    case .number(let literal): .number(literal)
    case .bool(let flag): .bool(flag)
    case .array(let values): .array(values.map(output(for:)))
    }
  }

  /// Decodes stored JSON text that the loader validated as a string, number,
  /// boolean or array of these; anything else comes back as its raw text
  /// rather than trapping.
  static func value(fromJSON bytes: UnsafeBufferPointer<UInt8>) -> AttributeValue {
    var reader = JSONReader(bytes)
    return (try? readValue(&reader)) ?? .string(String(decoding: bytes, as: UTF8.self))
  }

  private static func readValue(_ reader: inout JSONReader) throws(JSONError) -> AttributeValue {
    switch try reader.peekKind() {
    case .string: return .string(String(decoding: try reader.readString(), as: UTF8.self))
    case .number:
      let range = try reader.readNumber()
      return .number(
        String(decoding: UnsafeBufferPointer(rebasing: reader.input[range]), as: UTF8.self))
    case .bool: return .bool(try reader.readBool())
    case .array:
      try reader.enterContainer()
      var values: [AttributeValue] = []
      var isFirst = true
      while try reader.nextElement(isFirst: &isFirst) { values.append(try readValue(&reader)) }
      return .array(values)
    case .object, .null: throw reader.unexpected("an attribute value")
    }
  }
}
