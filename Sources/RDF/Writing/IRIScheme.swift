/// Whether text starts with an RFC 3986 scheme and `:`, which N-Triples asks
/// of every IRI: a relative one would mean something else in each document.
enum IRIScheme {
  static func isAbsolute(_ text: String) -> Bool {
    guard let colon = text.firstIndex(of: ":"), let first = text.first,
      first.isASCII && first.isLetter
    else { return false }
    return text[..<colon].allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0))
    }
  }
}
