import RDF

extension EndpointSource {
  /// Reads an entity argument the way a file's resolver does: a full IRI
  /// (`<…>` or bare), a compact IRI with a well-known prefix (`wd:Q42`), or
  /// else a name or alias, ignoring case, that exactly one entity has.
  public func resolve(_ text: String, cancellation: RequestCancellation? = nil)
    throws(EndpointFailure) -> EndpointResolution
  {
    if let iri = Self.iri(written: text) { return .found(iri: iri) }
    let answer = try select(PageQueries.named(text, limit: 10), cancellation: cancellation)
    let iris = answer.rows.compactMap { row -> String? in
      guard case .iri(let iri)? = row.first else { return nil }
      return iri
    }
    switch iris.count {
    case 0: return .notFound
    case 1: return .found(iri: iris[0])
    default: return .ambiguous(iris)
    }
  }

  /// The IRI `text` spells, if it spells one.
  static func iri(written text: String) -> String? {
    if text.hasPrefix("<"), text.hasSuffix(">"), text.count > 2 {
      return String(text.dropFirst().dropLast())
    }
    guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return nil }
    let rest = text[text.index(after: colon)...]
    if rest.hasPrefix("//") || text.hasPrefix("urn:") || text.hasPrefix("mailto:") { return text }
    let prefix = text[..<colon]
    guard !rest.isEmpty, !rest.contains(" "),
      let namespace = RDFVocabulary.wellKnownNamespaces.first(where: { $0.prefix == prefix })
    else { return nil }
    return namespace.iri + rest
  }
}
