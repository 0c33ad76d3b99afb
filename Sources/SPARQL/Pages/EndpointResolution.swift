/// What an entity argument names on an endpoint.
public enum EndpointResolution: Equatable, Sendable {
  case found(iri: String)
  case notFound
  /// Several entities carry that name; their IRIs, for the message.
  case ambiguous([String])
}
