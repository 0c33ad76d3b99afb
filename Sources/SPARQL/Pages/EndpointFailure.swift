import KnowledgeGraph

/// Why an endpoint could not answer a page, search or path: the query failed,
/// or its answer could not be read. One line, for the status line or stderr.
public struct EndpointFailure: Error, Equatable, CustomStringConvertible {
  public let description: String

  public init(_ description: String) { self.description = description }

  init(_ error: SPARQLError) { description = error.description }

  /// The endpoint has no triple about `iri`; the IRI is escaped, since the user typed it.
  static func unknown(_ iri: String, at endpoint: String) -> EndpointFailure {
    EndpointFailure("\(endpoint) knows nothing about \(TerminalSafeText.singleLine(iri))")
  }
}
