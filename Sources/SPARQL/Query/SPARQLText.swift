/// Writes IRIs and literals into SPARQL query text so that no value, however
/// hostile, can end the term early or change what the query means.
///
/// Every IRI and literal kg puts into a query goes through one of these
/// functions. They also defend against SPARQL's codepoint-escape
/// pre-processing (SPARQL 1.1 §19.2): some engines replace `\uXXXX` and
/// `\UXXXXXXXX` anywhere in the query text before parsing, so the output
/// never contains a backslash followed by `u` or `U` that the input did not
/// ask to be read as an escape.
public enum SPARQLText {
  /// `<iri>`, with every character SPARQL's IRIREF forbids (`<>"{}|^\``,
  /// backslash, space and controls) and every `%` that does not start a
  /// percent-encoding written as `%XX` of its UTF-8 bytes. The IRI a server
  /// sees is then the percent-encoded form of an unusual input, never a
  /// different term or query text.
  public static func iri(_ iri: String) -> String {
    let bytes = Array(iri.utf8)
    var output: [UInt8] = [UInt8(ascii: "<")]
    output.reserveCapacity(bytes.count + 2)
    for (index, byte) in bytes.enumerated() {
      if isForbiddenInIRI(byte)
        || (byte == UInt8(ascii: "%") && !startsPercentEncoding(bytes, at: index))
      {
        output += percentEncoded(byte)
      } else {
        output.append(byte)
      }
    }
    output.append(UInt8(ascii: ">"))
    return String(decoding: output, as: UTF8.self)
  }

  /// `"text"`: a string literal in double quotes.
  public static func literal(_ text: String) -> String {
    var output = "\""
    output.reserveCapacity(text.utf8.count + 2)
    var afterBackslash = false
    for scalar in text.unicodeScalars {
      output += escaped(scalar, afterBackslash: afterBackslash)
      afterBackslash = scalar == "\\"
    }
    return output + "\""
  }

  /// `"text"@language`. Characters a language tag cannot hold (anything but
  /// ASCII letters, digits and inner hyphens) are dropped, so the tag cannot
  /// end the term either; an empty result gives a plain literal.
  public static func literal(_ text: String, language: String) -> String {
    let tag = language.split(separator: "-", omittingEmptySubsequences: true)
      .map { $0.filter { $0.isASCII && ($0.isLetter || $0.isNumber) } }
      .filter { !$0.isEmpty }
    guard let first = tag.first, first.allSatisfy(\.isLetter) else { return literal(text) }
    return literal(text) + "@" + tag.joined(separator: "-")
  }

  /// `"text"^^<datatype>`: a typed literal, the datatype written like `iri(_:)`.
  public static func literal(_ text: String, datatype: String) -> String {
    literal(text) + "^^" + iri(datatype)
  }

  private static func escaped(_ scalar: Unicode.Scalar, afterBackslash: Bool) -> String {
    switch scalar {
    case "\"": return "\\\""
    case "\\": return "\\\\"
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    case "\u{08}": return "\\b"
    case "\u{0C}": return "\\f"
    // After an escaped backslash, a raw `u` would read as `\u…` to a
    // pre-processor; the codepoint escape reads as `u` either way.
    case "u" where afterBackslash: return "\\u0075"
    case "U" where afterBackslash: return "\\u0055"
    default:
      return scalar.value < 0x20 || scalar.value == 0x7F ? codepointEscape(scalar) : String(scalar)
    }
  }

  private static func codepointEscape(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
  }

  private static func isForbiddenInIRI(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x00...0x20, 0x7F: true
    case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"),
      UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"),
      UInt8(ascii: "\\"):
      true
    default: false
    }
  }

  private static func startsPercentEncoding(_ bytes: [UInt8], at index: Int) -> Bool {
    index + 2 < bytes.count && isHexDigit(bytes[index + 1]) && isHexDigit(bytes[index + 2])
  }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
      UInt8(ascii: "A")...UInt8(ascii: "F"):
      true
    default: false
    }
  }

  private static func percentEncoded(_ byte: UInt8) -> [UInt8] {
    let hex = Array("0123456789ABCDEF".utf8)
    return [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
  }
}
