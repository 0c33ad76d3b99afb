import Foundation

/// The full-text index an endpoint offers, if kg knows how to ask it:
/// far faster than the portable `CONTAINS` scan on a large endpoint.
public enum TextIndex: String, CaseIterable, Sendable {
  /// No index: `CONTAINS` on labels, which every endpoint answers.
  case portable
  /// Virtuoso's `bif:contains` (DBpedia and most Virtuoso installations).
  case virtuoso
  /// QLever's `ql:contains-word` over its literal text index.
  case qlever
  /// Wikidata's MediaWiki entity search through `wikibase:mwapi`.
  case wikidata

  /// The index an endpoint is known to have, by its address.
  public static func detect(for url: URL) -> TextIndex {
    let host = url.host?.lowercased() ?? ""
    let path = url.path.lowercased()
    if host == "query.wikidata.org" { return .wikidata }
    if host.contains("qlever") || path.contains("qlever") { return .qlever }
    if host.hasSuffix("dbpedia.org") || host.contains("virtuoso") || path.contains("virtuoso") {
      return .virtuoso
    }
    return .portable
  }
}
