/// Why an endpoint could not answer a page, search or path: the query failed,
/// or its answer could not be read. One line, for the status line or stderr.
public struct EndpointFailure: Error, Equatable, CustomStringConvertible {
  public let description: String

  public init(_ description: String) { self.description = description }

  init(_ error: SPARQLError) { description = error.description }
}
