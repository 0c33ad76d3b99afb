/// Why a request to a SPARQL endpoint failed, as a value the caller can show.
///
/// Every case renders as one line that names the endpoint by `host:port` only
/// (never with credentials), and every piece of text that came from the
/// network is escaped first, so an answer cannot control the terminal.
public enum SPARQLError: Error, Equatable, CustomStringConvertible {
  /// The endpoint address itself is unusable; `reason` says why.
  case invalidEndpoint(reason: String)
  /// No connection: refused, unknown host, TLS failure, no connection in time.
  case unreachable(host: String, reason: String)
  /// No complete answer within the query timeout.
  case timedOut(host: String, seconds: Double)
  /// The endpoint answered with an HTTP error; `detail` is the escaped first
  /// line of its body, or the status's reason phrase when the body is empty.
  case httpStatus(host: String, status: Int, detail: String)
  /// An HTML page came back where results were expected (a proxy, a login wall).
  case html(host: String)
  /// The answer's media type is not one the request asked for.
  case unexpectedMediaType(host: String, mediaType: String)
  /// The results do not parse; `detail` says where and why.
  case malformedResults(host: String, detail: String)
  /// The connection closed before the whole answer arrived.
  case truncated(host: String)
  /// The answer grew past `EndpointConfiguration.maximumResponseBytes`.
  case tooLarge(host: String, limitBytes: Int)
  /// The caller cancelled the request.
  case cancelled

  public var description: String {
    switch self {
    case .invalidEndpoint(let reason): "invalid SPARQL endpoint: \(reason)"
    case .unreachable(let host, let reason): "cannot reach \(host): \(reason)"
    case .timedOut(let host, let seconds): "\(host) timed out after \(Self.seconds(seconds))"
    case .httpStatus(let host, let status, let detail):
      detail.isEmpty ? "HTTP \(status) from \(host)" : "HTTP \(status) from \(host): \(detail)"
    case .html(let host): "\(host) answered with HTML, not SPARQL results"
    case .unexpectedMediaType(let host, let mediaType):
      "\(host) answered with \(mediaType), not SPARQL results"
    case .malformedResults(let host, let detail): "\(host) sent malformed SPARQL results: \(detail)"
    case .truncated(let host): "\(host) closed the connection before the answer was complete"
    case .tooLarge(let host, let limit): "\(host) answer is over the \(Self.size(limit)) limit"
    case .cancelled: "cancelled"
    }
  }

  /// `60 s`, `0.5 s`: whole seconds without a fraction.
  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }

  /// `64 MiB`, `1 KiB`, `900 bytes`: the largest binary unit that divides exactly.
  static func size(_ bytes: Int) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return "\(bytes) bytes"
  }
}
