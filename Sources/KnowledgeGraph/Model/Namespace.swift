/// A prefix that stands for the start of IRIs, as `schema:` stands for
/// `https://schema.org/`.
///
/// Graphs read from RDF keep their namespaces, so an id such as `wd:Q42` can
/// be expanded back to the full IRI for display, lookup and export.
public struct Namespace: Hashable, Sendable {
  /// The prefix without its colon, e.g. `schema`; empty for the default prefix `:`.
  public let prefix: String
  /// The IRI the prefix stands for, e.g. `https://schema.org/`.
  public let iri: String

  public init(prefix: String, iri: String) {
    self.prefix = prefix
    self.iri = iri
  }
}
