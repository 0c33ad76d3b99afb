import KnowledgeGraph
import SPARQL

/// The query commands' side of an endpoint: an answer, or the documented end
/// of the command — exit 1 when no entity or several have the name, exit 2
/// when the endpoint fails, with one line on stderr either way.
enum EndpointQueries {
  /// The IRI an entity argument names at `endpoint`.
  static func resolve(_ text: String, at endpoint: EndpointSource) -> String {
    let quoted = "\"\(TerminalSafeText.singleLine(text))\""
    switch answer({ () throws(EndpointFailure) in try endpoint.resolve(text) }) {
    case .found(let iri):
      return iri
    case .notFound:
      fail("no entity at \(endpoint.name) has the name or IRI \(quoted)", code: 1)
    case .ambiguous(let iris):
      let listed = iris.prefix(5).map(TerminalSafeText.singleLine).joined(separator: ", ")
      fail("\(quoted) names several entities at \(endpoint.name): \(listed)", code: 1)
    }
  }

  /// Says on stderr that an answer is incomplete, so a script knows.
  static func notePartial(_ isPartial: Bool, at endpoint: EndpointSource) {
    guard isPartial else { return }
    StandardError.writeLine("kg: note: \(endpoint.name) sent partial results (it capped an answer)")
  }

  /// The value of `body`, or exit 2 with the endpoint's one-line failure.
  static func answer<Value>(_ body: () throws(EndpointFailure) -> Value) -> Value {
    do {
      return try body()
    } catch {
      fail(error.description)
    }
  }
}
