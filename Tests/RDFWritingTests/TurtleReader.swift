/// Reads the part of Turtle the exporter writes: `@prefix` directives, then
/// statements of `subject predicate object` with `;` and `,` lists, whose
/// terms are IRIs, prefixed names, blank node labels, quoted literals,
/// numbers and booleans. Anything else, or an unknown prefix, fails.
struct TurtleReader {
  private var scanner: TokenScanner
  private var prefixes: [String: String] = [:]
  private(set) var triples: [ParsedTriple] = []
  private(set) var declaredPrefixes: [String] = []

  static func read(_ text: String) throws -> TurtleReader {
    try TerminalSafety.check(text)
    var reader = TurtleReader(scanner: TokenScanner(Substring(text), patterns: GrammarPatterns()))
    try reader.readDocument()
    return reader
  }

  private init(scanner: TokenScanner) {
    self.scanner = scanner
  }

  private mutating func readDocument() throws {
    scanner.skipSpace()
    while !scanner.isAtEnd {
      if scanner.take("@prefix ") { try readPrefix() } else { try readStatement() }
      scanner.skipSpace()
    }
  }

  private mutating func readPrefix() throws {
    guard let (prefix, local) = scanner.prefixedName(), local.isEmpty else {
      throw scanner.violation("expected a prefix")
    }
    try scanner.expect(" ")
    guard let iri = try scanner.iri() else { throw scanner.violation("expected the prefix IRI") }
    try scanner.expect(" .")
    prefixes[prefix] = iri
    declaredPrefixes.append(prefix)
  }

  private mutating func readStatement() throws {
    guard let subject = try iri().map(ParsedTerm.iri) ?? scanner.blank() else {
      throw scanner.violation("expected a subject")
    }
    repeat {
      try scanner.expect(" ")
      let predicate = scanner.take("a ") ? ParsedTerm.iri(Self.rdfType) : try predicateIRI()
      repeat {
        triples.append(ParsedTriple(subject: subject, predicate: predicate, object: try object()))
      } while scanner.take(", ")
    } while scanner.take(" ;\n   ")
    try scanner.expect(" .")
  }

  private mutating func predicateIRI() throws -> ParsedTerm {
    guard let predicate = try iri() else { throw scanner.violation("expected a predicate") }
    try scanner.expect(" ")
    return .iri(predicate)
  }

  private mutating func object() throws -> ParsedTerm {
    if let iri = try iri() { return .iri(iri) }
    if let blank = scanner.blank() { return blank }
    if let (text, language, typed) = try scanner.stringLiteral() {
      guard typed else { return .literal(text, language: language, datatype: nil) }
      guard let datatype = try iri() else { throw scanner.violation("expected a datatype") }
      return .literal(text, language: nil, datatype: datatype)
    }
    if let number = scanner.numberLiteral() { return number }
    for flag in ["true", "false"] where scanner.take(flag) {
      return .literal(flag, language: nil, datatype: "http://www.w3.org/2001/XMLSchema#boolean")
    }
    throw scanner.violation("expected an object")
  }

  private mutating func iri() throws -> String? {
    if let iri = try scanner.iri() { return iri }
    guard let (prefix, local) = scanner.prefixedName() else { return nil }
    guard let namespace = prefixes[prefix] else {
      throw scanner.violation("undeclared prefix \(prefix)")
    }
    return namespace + local
  }

  static let rdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
}
