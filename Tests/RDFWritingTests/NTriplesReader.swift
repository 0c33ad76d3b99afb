/// Reads N-Triples as the exporter writes it, line by line, failing on any
/// line that is not a W3C N-Triples triple line or not terminal-safe.
enum NTriplesReader {
  static func triples(in text: String) throws -> [ParsedTriple] {
    try TerminalSafety.check(text)
    guard text.isEmpty || text.hasSuffix("\n") else {
      throw GrammarViolation(message: "no final line feed", context: text.suffix(40))
    }
    let patterns = GrammarPatterns()
    return try text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
      guard $0.wholeMatch(of: patterns.nTriplesLine) != nil else {
        throw GrammarViolation(message: "not an N-Triples line", context: $0)
      }
      return try triple(in: $0, patterns: patterns)
    }
  }

  private static func triple(in line: Substring, patterns: GrammarPatterns) throws -> ParsedTriple {
    var scanner = TokenScanner(line, patterns: patterns)
    let subject = try scanner.iri().map(ParsedTerm.iri) ?? scanner.blank()
    try scanner.expect(" ")
    let predicate = try scanner.iri().map(ParsedTerm.iri)
    try scanner.expect(" ")
    let object = try scanner.iri().map(ParsedTerm.iri) ?? scanner.blank() ?? literal(&scanner)
    guard let subject, let predicate, let object else {
      throw scanner.violation("expected a term")
    }
    return ParsedTriple(subject: subject, predicate: predicate, object: object)
  }

  private static func literal(_ scanner: inout TokenScanner) throws -> ParsedTerm? {
    guard let (text, language, typed) = try scanner.stringLiteral() else { return nil }
    guard typed else { return .literal(text, language: language, datatype: nil) }
    guard let datatype = try scanner.iri() else { throw scanner.violation("expected a datatype") }
    return .literal(text, language: nil, datatype: datatype)
  }
}
