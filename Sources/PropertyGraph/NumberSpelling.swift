/// Turns the number spellings of XML Schema and Neo4j (`+1`, `.5`, `5.`,
/// `007`) into JSON number literals, which is how kg stores numbers, and
/// refuses anything else.
enum NumberSpelling {
  static func integer(_ text: String) -> String? {
    if isPlainInteger(text.utf8) { return text }
    let (sign, rest) = splitSign(Substring(text.trimmingSpaces))
    guard !rest.isEmpty, rest.allSatisfy(\.isASCIIDigit) else { return nil }
    return sign + withoutLeadingZeros(rest)
  }

  static func decimal(_ text: String) -> String? {
    let (sign, rest) = splitSign(Substring(text.trimmingSpaces))
    let exponentStart = rest.firstIndex { $0 == "e" || $0 == "E" }
    let mantissa = rest[..<(exponentStart ?? rest.endIndex)]
    let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = parts[0]
    let fraction = parts.count > 1 ? parts[1] : nil
    guard whole.allSatisfy(\.isASCIIDigit), fraction?.allSatisfy(\.isASCIIDigit) ?? true,
      !whole.isEmpty || !(fraction?.isEmpty ?? true)
    else { return nil }
    var result = sign + (whole.isEmpty ? "0" : withoutLeadingZeros(whole))
    if let fraction { result += "." + (fraction.isEmpty ? "0" : fraction) }
    guard let exponentStart else { return result }
    let (exponentSign, digits) = splitSign(rest[rest.index(after: exponentStart)...])
    guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
    return result + "e" + exponentSign + digits
  }

  /// Digits with no leading zero: already a JSON integer (and decimal), the common case.
  static func isPlainInteger(_ bytes: some Collection<UInt8>) -> Bool {
    guard let first = bytes.first, first != UInt8(ascii: "0") || bytes.count == 1 else {
      return false
    }
    return bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  static func isNonFinite(_ text: String) -> Bool {
    ["inf", "+inf", "-inf", "infinity", "+infinity", "-infinity", "nan"].contains(
      text.trimmingSpaces.lowercased())
  }

  private static func splitSign(_ text: Substring) -> (String, Substring) {
    switch text.first {
    case "-": ("-", text.dropFirst())
    case "+": ("", text.dropFirst())
    default: ("", text)
    }
  }

  private static func withoutLeadingZeros(_ digits: Substring) -> String {
    let trimmed = digits.drop { $0 == "0" }
    return trimmed.isEmpty ? "0" : String(trimmed)
  }
}
