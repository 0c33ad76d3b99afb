/// How triples become a graph: which languages names come in, and what
/// relative IRIs resolve against.
public struct RDFLoadOptions: Sendable {
  public var languages: LanguagePreference
  /// The base of relative IRIs in Turtle; nil means the file's own `file://` IRI.
  public var baseIRI: String?

  public init(languages: LanguagePreference, baseIRI: String? = nil) {
    self.languages = languages
    self.baseIRI = baseIRI
  }
}
