/// Entity ids as IRIs, for graphs read from RDF.
extension Graph {
  /// Whether the graph's ids are IRIs: it was read from RDF.
  public var hasIRIs: Bool { !metadata.namespaces.isEmpty }

  /// The full IRI of an entity whose id is a compact or full IRI; nil for a
  /// blank node and for graphs whose ids are not IRIs.
  public func iri(of entity: EntityIndex) -> String? {
    guard hasIRIs else { return nil }
    return expandedIRI(id(of: entity))
  }

  /// `wd:Q42` with its prefix's IRI in front; an id that is already a full
  /// IRI as it is; nil for a blank node (`_:b1`) or an unknown prefix.
  public func expandedIRI(_ id: String) -> String? {
    if id.hasPrefix("_:") { return nil }
    guard let colon = id.firstIndex(of: ":") else { return nil }
    let prefix = id[..<colon]
    if let namespace = metadata.namespaces.first(where: { $0.prefix == prefix }) {
      return namespace.iri + id[id.index(after: colon)...]
    }
    return Self.isAbsoluteIRI(id) ? id : nil
  }

  /// The shortest id this graph would give `iri`: the compact form with one
  /// of its namespaces, else the IRI itself.
  public func compactIRI(_ iri: String) -> String {
    let best = metadata.namespaces.filter { iri.hasPrefix($0.iri) }.max {
      $0.iri.utf8.count < $1.iri.utf8.count
    }
    guard let best else { return iri }
    return best.prefix + ":" + iri.dropFirst(best.iri.count)
  }

  /// A scheme followed by `:` and something that is not a compact IRI's local part.
  private static func isAbsoluteIRI(_ text: String) -> Bool {
    guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
    let scheme = text[..<colon]
    return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
      && (text[colon...].hasPrefix("://") || scheme == "urn" || scheme == "mailto")
  }
}
