/// Strict UTF-8 checks (RFC 3629) with a message for each way bytes can be wrong:
/// overlong forms, UTF-16 surrogates, code points above U+10FFFF, stray
/// continuation bytes and truncated sequences.
package enum UTF8Validation {
  /// The offset just past the multi-byte sequence starting at `offset`, which
  /// must hold a byte of 0x80 or more.
  package static func sequenceEnd(in input: UnsafeBufferPointer<UInt8>, at offset: Int)
    throws(JSONError)
    -> Int
  {
    let lead = input[offset]
    let (length, secondRange) = try shape(of: lead, at: offset)
    guard offset + 1 < input.count, (0x80...0xBF).contains(input[offset + 1]) else {
      throw truncated(lead, length: length, at: offset)
    }
    let second = input[offset + 1]
    guard secondRange.contains(second) else {
      throw JSONError(
        offset: offset, message: "invalid UTF-8: " + misuse(lead: lead, second: second))
    }
    var index = offset + 2
    while index < offset + length {
      guard index < input.count, (0x80...0xBF).contains(input[index]) else {
        throw truncated(lead, length: length, at: offset)
      }
      index += 1
    }
    return index
  }

  /// The sequence length a lead byte announces and the range its second byte must fall in.
  private static func shape(of lead: UInt8, at offset: Int) throws(JSONError) -> (
    Int, ClosedRange<UInt8>
  ) {
    switch lead {
    case 0xC2...0xDF: return (2, 0x80...0xBF)
    case 0xE0: return (3, 0xA0...0xBF)
    case 0xED: return (3, 0x80...0x9F)
    case 0xE1...0xEF: return (3, 0x80...0xBF)
    case 0xF0: return (4, 0x90...0xBF)
    case 0xF4: return (4, 0x80...0x8F)
    case 0xF1...0xF3: return (4, 0x80...0xBF)
    case 0x80...0xBF:
      throw invalid("unexpected continuation byte \(JSONReader.hex(lead))", at: offset)
    case 0xC0, 0xC1:
      throw invalid("overlong encoding (byte \(JSONReader.hex(lead)))", at: offset)
    case 0xF5...0xF7:
      throw invalid("code point above U+10FFFF (byte \(JSONReader.hex(lead)))", at: offset)
    default:
      throw invalid("byte \(JSONReader.hex(lead)) never appears in UTF-8", at: offset)
    }
  }

  private static func misuse(lead: UInt8, second: UInt8) -> String {
    let bytes = "(bytes \(JSONReader.hex(lead)) \(JSONReader.hex(second)))"
    switch lead {
    case 0xED: return "UTF-16 surrogate encoded in UTF-8 \(bytes)"
    case 0xF4: return "code point above U+10FFFF \(bytes)"
    default: return "overlong encoding \(bytes)"
    }
  }

  private static func truncated(_ lead: UInt8, length: Int, at offset: Int) -> JSONError {
    invalid(
      "truncated sequence (byte \(JSONReader.hex(lead)) starts a \(length)-byte character that ends early)",
      at: offset)
  }

  private static func invalid(_ detail: String, at offset: Int) -> JSONError {
    JSONError(offset: offset, message: "invalid UTF-8: " + detail)
  }
}
