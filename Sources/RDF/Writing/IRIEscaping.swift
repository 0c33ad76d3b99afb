/// Writes IRIs that are valid inside `<…>` in N-Triples and Turtle, and
/// percent-encodes the plain keys kg turns into IRIs.
package enum IRIEscaping {
  /// `<iri>` as N-Triples writes it, for triples built outside the writers
  /// (a path's steps, known from a SPARQL answer).
  package static func bracketed(_ iri: String) -> [UInt8] {
    var output: [UInt8] = [UInt8(ascii: "<")]
    ScalarDecoding.withUTF8(iri) { appendReference($0, to: &output) }
    output.append(UInt8(ascii: ">"))
    return output
  }

  /// Percent-encodes every UTF-8 byte of `bytes` that is not RFC 3987
  /// `iunreserved` (letters, digits, `-._~` and the `ucschar` ranges), and
  /// the bidirectional formatting characters, which RFC 3987 forbids in IRIs.
  /// Distinct keys stay distinct, since `%` itself is encoded.
  static func appendPercentEncoded(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    _ = ScalarRuns.append(
      bytes, to: &output, keeps: { value, _, _ in isUnreserved(value) },
      escape: { _, scalar, output in
        for byte in scalar { appendPercent(byte, to: &output) }
        return true
      })
  }

  static func appendPercentEncoded(_ text: String, to output: inout [UInt8]) {
    ScalarDecoding.withUTF8(text) { appendPercentEncoded($0, to: &output) }
  }

  /// The inside of an `IRIREF`. Space, `<>"{}|^`\` and C0 controls cannot
  /// appear in an IRI at all, so they are percent-encoded; DEL, C1 controls
  /// and bidi formatting characters are written as `\uXXXX`, which stands
  /// for the same IRI and keeps the line terminal-safe.
  static func appendReference(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    _ = ScalarRuns.append(
      bytes, to: &output,
      keeps: { value, _, _ in
        value > 0x20 && !isExcludedASCII(value) && !LiteralEscaping.needsEscape(value)
      },
      escape: { value, _, output in
        if value <= 0x20 || isExcludedASCII(value) {
          appendPercent(UInt8(truncatingIfNeeded: value), to: &output)
        } else {
          LiteralEscaping.appendUnicodeEscape(value, to: &output)
        }
        return true
      })
  }

  private static func isExcludedASCII(_ value: UInt32) -> Bool {
    switch value {
    case 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: true
    default: false
    }
  }

  private static func isUnreserved(_ value: UInt32) -> Bool {
    switch value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E: true
    case ..<0xA0: false
    default: isUCSChar(value) && !LiteralEscaping.isBidiFormatting(value)
    }
  }

  /// RFC 3987 `ucschar`: non-ASCII characters an IRI may hold as they are.
  private static func isUCSChar(_ value: UInt32) -> Bool {
    switch value {
    case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: true
    case 0xE1000...0xEFFFD: true
    case 0x10000...0xDFFFD: value & 0xFFFF <= 0xFFFD
    default: false
    }
  }

  private static func appendPercent(_ byte: UInt8, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "%"))
    output.append(LiteralEscaping.hexDigit(UInt32(byte) >> 4))
    output.append(LiteralEscaping.hexDigit(UInt32(byte)))
  }
}
