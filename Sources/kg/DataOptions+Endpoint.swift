import Foundation
import KnowledgeGraph
import RDF
import SPARQL

extension DataOptions {
  /// The endpoint `--sparql` names, or `--data` when it is an http(s) URL;
  /// nil when the data is a file. A URL that is not http(s) exits 2.
  func endpoint() -> EndpointSource? {
    guard let text = sparql ?? data.flatMap({ Self.isWebAddress($0) ? $0 : nil }) else {
      return nil
    }
    guard Self.isWebAddress(text), let url = URL(string: text), let host = url.host else {
      fail("--sparql \"\(TerminalSafeText.singleLine(text))\": not an http:// or https:// URL")
    }
    let name = url.port.map { "\(host):\($0)" } ?? host
    let client = SPARQLClient(configuration: EndpointConfiguration(url: url))
    var source = EndpointSource(client: client, name: name, options: loadOptions.rdf)
    source.textIndex = textIndex ?? TextIndex.detect(for: url)
    return source
  }

  private static func isWebAddress(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
  }
}
