/// Reads an export token by token with the grammar's terminals, undoing
/// escapes, and fails on anything the grammar does not allow.
struct TokenScanner {
  private(set) var rest: Substring
  private let patterns: GrammarPatterns

  init(_ text: Substring, patterns: GrammarPatterns) {
    rest = text
    self.patterns = patterns
  }

  var isAtEnd: Bool { rest.isEmpty }

  mutating func skipSpace() {
    rest = rest.drop { $0 == " " || $0 == "\n" }
  }

  mutating func take(_ regex: Regex<AnyRegexOutput>) -> Substring? {
    guard let match = rest.prefixMatch(of: regex), !match.range.isEmpty else { return nil }
    let token = rest[match.range]
    rest = rest[match.range.upperBound...]
    return token
  }

  /// Takes `word` when the rest starts with it.
  mutating func take(_ word: String) -> Bool {
    guard rest.hasPrefix(word) else { return false }
    rest = rest.dropFirst(word.count)
    return true
  }

  func violation(_ message: String) -> GrammarViolation {
    GrammarViolation(message: message, context: rest)
  }

  mutating func expect(_ word: String) throws {
    guard take(word) else { throw violation("expected \(word.debugDescription)") }
  }

  mutating func iri() throws -> String? {
    guard let token = take(patterns.iriRef) else { return nil }
    let iri = try Self.unescape(token.dropFirst().dropLast())
    guard iri.prefixMatch(of: /[A-Za-z][A-Za-z0-9+.\-]*:/) != nil else {
      throw violation("relative IRI \(iri)")
    }
    return iri
  }

  mutating func blank() -> ParsedTerm? {
    take(patterns.blankNode).map { .blank(String($0.dropFirst(2))) }
  }

  /// `PNAME_NS` or `PNAME_LN`, split at its colon, the local part unescaped.
  mutating func prefixedName() -> (prefix: String, local: String)? {
    guard let token = take(patterns.prefixedName) else { return nil }
    let colon = token.firstIndex(of: ":")!
    let local = token[token.index(after: colon)...].replacing(/\\(.)/) { String($0.output.1) }
    return (String(token[..<colon]), String(local))
  }

  /// A quoted literal and its language tag; `typed` when `^^` follows, and
  /// the caller reads the datatype IRI next.
  mutating func stringLiteral() throws -> (text: String, language: String?, typed: Bool)? {
    guard let token = take(patterns.string) else { return nil }
    let text = try Self.unescape(token.dropFirst().dropLast())
    if let tag = take(patterns.languageTag) { return (text, String(tag.dropFirst()), false) }
    return (text, nil, take("^^"))
  }

  mutating func numberLiteral() -> ParsedTerm? {
    guard let token = take(patterns.number) else { return nil }
    let kind =
      token.contains(where: { "eE".contains($0) })
      ? "double" : token.contains(".") ? "decimal" : "integer"
    return .literal(
      String(token), language: nil, datatype: "http://www.w3.org/2001/XMLSchema#" + kind)
  }

  /// Undoes `ECHAR` and `UCHAR` escapes.
  static func unescape(_ text: Substring) throws -> String {
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      guard scalar == "\\", let kind = scalars.popFirst() else {
        result.append(scalar)
        continue
      }
      let simple: [Unicode.Scalar: Unicode.Scalar] = [
        "t": "\t", "b": "\u{8}", "n": "\n", "r": "\r", "f": "\u{C}", "\"": "\"", "'": "'",
        "\\": "\\",
      ]
      if let plain = simple[kind] {
        result.append(plain)
        continue
      }
      let digits = kind == "u" ? 4 : 8
      let hex = String(String.UnicodeScalarView(scalars.prefix(digits)))
      scalars = scalars.dropFirst(digits)
      guard let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) else {
        throw GrammarViolation(message: "bad escape", context: text)
      }
      result.append(decoded)
    }
    return String(result)
  }
}
