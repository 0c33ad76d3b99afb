/// The grammar's terminals compiled once per document read.
struct GrammarPatterns {
  let iriRef = Self.regex(RDFGrammar.iriRef)
  let blankNode = Self.regex(RDFGrammar.blankNode)
  let string = Self.regex(RDFGrammar.string)
  let languageTag = Self.regex(RDFGrammar.languageTag)
  let prefixedName = Self.regex(RDFGrammar.prefixedName)
  let number = Self.regex(RDFGrammar.number)
  let nTriplesLine = Self.regex(RDFGrammar.nTriplesLine)

  private static func regex(_ pattern: String) -> Regex<AnyRegexOutput> {
    try! Regex(pattern).matchingSemantics(.unicodeScalar)
  }
}
