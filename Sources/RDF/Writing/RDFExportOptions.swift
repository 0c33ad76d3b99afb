/// Settings shared by the N-Triples and Turtle exporters.
///
/// Graphs read from kg's JSON format have plain ids, so the export mints an
/// IRI for every entity, relation type, entity type, attribute and source
/// under `base`. Graphs read from RDF keep their own IRIs and use `base` only
/// for the dataset, its sources, kg's vocabulary and the rare key that does
/// not expand to an IRI.
public struct RDFExportOptions: Hashable, Sendable {
  /// `https://kg.invalid/`: the `.invalid` top-level domain is reserved
  /// (RFC 2606), so IRIs minted under it can never name someone else's data.
  public static let defaultBase = "https://kg.invalid/"

  /// The IRI that minted IRIs start with; it ends in `/` or `#`.
  public let base: String

  /// Options with the default base, `https://kg.invalid/`.
  public init() {
    base = Self.defaultBase
  }

  /// Nil unless `base` is an absolute IRI (a scheme, then `:`), since every
  /// IRI in N-Triples must be. A `base` that ends in neither `/` nor `#`
  /// gets a `/`, so that `https://example.org/kg` mints
  /// `https://example.org/kg/entity/…` rather than `https://example.org/kgentity/…`.
  public init?(base: String) {
    guard IRIScheme.isAbsolute(base) else { return nil }
    self.base = base.hasSuffix("/") || base.hasSuffix("#") ? base : base + "/"
  }
}
