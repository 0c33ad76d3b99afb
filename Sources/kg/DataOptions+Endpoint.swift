import Foundation
import KnowledgeGraph
import RDF
import SPARQL

extension DataOptions {
  /// The endpoint `--sparql` names, or `--data` when it is an http(s) URL;
  /// nil when the data is a file. A URL that is not http(s) exits 2. An
  /// endpoint searched with `CONTAINS` gets a label index for the browser
  /// and long batches to load, unless `--no-label-index`.
  func endpoint() -> EndpointSource? {
    guard let text = sparql ?? data.flatMap({ Self.isWebAddress($0) ? $0 : nil }) else {
      return nil
    }
    let quoted = "\"\(TerminalSafeText.singleLine(Self.withoutCredentials(text)))\""
    guard Self.isWebAddress(text), let url = URL(string: text) else {
      fail("--sparql \(quoted): not an http:// or https:// URL")
    }
    let configuration: EndpointConfiguration
    do {
      configuration = try EndpointConfiguration(url: url)
    } catch {
      fail("--sparql \(quoted): \(error.description)")
    }
    var source = EndpointSource(
      client: SPARQLClient(configuration: configuration), name: configuration.hostLabel,
      options: loadOptions.rdf)
    source.textIndex = textIndex ?? TextIndex.detect(for: url)
    if source.textIndex == .portable && !noLabelIndex { source.labelIndex = LabelIndexLoader() }
    return source
  }

  /// The address with any `user:password@` cut out, so a message never shows a password.
  static func withoutCredentials(_ address: String) -> String {
    guard let scheme = address.range(of: "://"),
      let at = address[scheme.upperBound...].prefix(while: { $0 != "/" }).lastIndex(of: "@")
    else { return address }
    return String(address[..<scheme.upperBound]) + "…" + address[at...]
  }

  private static func isWebAddress(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
  }
}
