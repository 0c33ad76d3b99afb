import KnowledgeGraph

/// How one attribute key is written: its predicate, and for graphs read
/// from RDF the language tag or datatype its key carries.
struct AttributeTerm: Sendable {
  let predicate: [UInt8]
  /// `@de` or `^^xsd:gYear`, written after every value as a literal; nil
  /// when values are written by their kind (string, number, boolean).
  let suffix: [UInt8]?

  /// In a graph read from RDF, `schema:motto@de` is `schema:motto` with
  /// language tag `de`, and `schema:founded^^xsd:gYear` is `schema:founded`
  /// typed `xsd:gYear`. A key whose parts do not expand to IRIs, and every
  /// key of a graph read from JSON, is minted under `attribute/` whole.
  init(key: String, iris: GraphIRIs, terms: TermWriter) {
    if let split = key.range(of: "^^"),
      let predicate = iris.expanded(String(key[..<split.lowerBound])),
      let datatype = iris.expanded(String(key[split.upperBound...]))
    {
      self.init(predicate: terms.predicate(predicate), suffix: terms.datatypeSuffix(datatype))
    } else if let at = key.lastIndex(of: "@"), Self.isLanguageTag(key[key.index(after: at)...]),
      let predicate = iris.expanded(String(key[..<at]))
    {
      self.init(predicate: terms.predicate(predicate), suffix: Array(key[at...].utf8))
    } else {
      let predicate = iris.expanded(key) ?? iris.minted(.attribute, key)
      self.init(predicate: terms.predicate(predicate), suffix: nil)
    }
  }

  private init(predicate: [UInt8], suffix: [UInt8]?) {
    self.predicate = predicate
    self.suffix = suffix
  }

  /// `LANGTAG` without its `@`: letters, then `-` and letters or digits.
  private static func isLanguageTag(_ tag: Substring) -> Bool {
    let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, !first.isEmpty,
      first.allSatisfy({ $0.isASCII && $0.isLetter })
    else { return false }
    return parts.dropFirst().allSatisfy { part in
      !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
  }
}
