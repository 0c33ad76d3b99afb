/// Spells RDF terms in one syntax: IRIs in full for N-Triples and compacted
/// where a prefix allows for Turtle, literals escaped the same way in both.
struct TermWriter: Sendable {
  let syntax: ExportSyntax
  let prefixes: ExportPrefixes
  /// `^^xsd:integer` and the like, spelled once for the many numbers of an export.
  private var numberSuffixes: [NumericLiteral: [UInt8]] = [:]
  private var booleanSuffix: [UInt8] = []

  init(syntax: ExportSyntax, prefixes: ExportPrefixes) {
    self.syntax = syntax
    self.prefixes = prefixes
    for kind in [NumericLiteral.integer, .decimal, .double] {
      numberSuffixes[kind] = datatypeSuffix(kind.datatype)
    }
    booleanSuffix = datatypeSuffix(ExportVocabulary.xsd + "boolean")
  }

  func appendIRI(_ iri: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    if syntax == .turtle, let match = prefixes.longestMatch(for: iri) {
      let mark = output.count
      let entry = prefixes.entries[match]
      output.append(contentsOf: entry.prefix.utf8)
      output.append(UInt8(ascii: ":"))
      let local = UnsafeBufferPointer(rebasing: iri[entry.iri.count...])
      if LocalNameEscaping.append(local, to: &output) { return }
      output.removeSubrange(mark...)
    }
    output.append(UInt8(ascii: "<"))
    IRIEscaping.appendReference(iri, to: &output)
    output.append(UInt8(ascii: ">"))
  }

  func appendIRI(_ iri: String, to output: inout [UInt8]) {
    ScalarDecoding.withUTF8(iri) { appendIRI($0, to: &output) }
  }

  /// An IRI spelled once, for terms written on many lines.
  func iri(_ iri: String) -> [UInt8] {
    var output: [UInt8] = []
    appendIRI(iri, to: &output)
    return output
  }

  /// A predicate: as `iri(_:)`, except that Turtle writes `rdf:type` as `a`.
  func predicate(_ iri: String) -> [UInt8] {
    syntax == .turtle && iri == ExportVocabulary.rdfType ? Array("a".utf8) : self.iri(iri)
  }

  /// `^^` and the datatype, to follow a literal's closing quote.
  func datatypeSuffix(_ datatype: String) -> [UInt8] {
    Array("^^".utf8) + iri(datatype)
  }

  /// A literal with an optional `@language` or `^^datatype` suffix.
  func appendLiteral(_ text: String, suffix: [UInt8] = [], to output: inout [UInt8]) {
    LiteralEscaping.appendQuoted(text, to: &output)
    output.append(contentsOf: suffix)
  }

  /// A number by the shape of its spelling: bare in Turtle, typed in
  /// N-Triples; a spelling that is no number is written as a plain string.
  func appendNumber(_ lexical: String, to output: inout [UInt8]) {
    guard let kind = NumericLiteral(lexical) else { return appendLiteral(lexical, to: &output) }
    if syntax == .turtle { return output.append(contentsOf: lexical.utf8) }
    appendLiteral(lexical, suffix: numberSuffixes[kind] ?? [], to: &output)
  }

  func appendBool(_ flag: Bool, to output: inout [UInt8]) {
    let lexical = flag ? "true" : "false"
    if syntax == .turtle { return output.append(contentsOf: lexical.utf8) }
    appendLiteral(lexical, suffix: booleanSuffix, to: &output)
  }
}
