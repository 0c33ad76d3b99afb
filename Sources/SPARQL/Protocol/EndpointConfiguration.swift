import Foundation
import KnowledgeGraph

/// Where a SPARQL endpoint is and how kg talks to it.
///
/// The defaults suit public endpoints such as Wikidata's: a connection must
/// open within 10 s, a query may take 60 s, an answer may hold 64 MiB, and
/// 429 or 503 answers are retried three times, waiting at most 30 s in all.
public struct EndpointConfiguration: Sendable {
  /// kg's version, sent in the `User-Agent` header.
  public static let kgVersion = "0.1.0"
  /// Wikidata refuses requests without a descriptive agent with a contact URL.
  public static let defaultUserAgent = "kg/\(kgVersion) (+https://github.com/kg-browser/kg)"

  /// The endpoint, `http` or `https`, without credentials in it.
  public let url: URL
  /// How long to wait for the TCP connection to open, in seconds.
  public var connectTimeout: TimeInterval = 10
  /// How long a whole request may take, from sending to the last byte, in seconds.
  public var queryTimeout: TimeInterval = 60
  /// A longer answer is refused as soon as it grows past this many bytes.
  public var maximumResponseBytes = 64 << 20
  /// How many times a 429 or 503 answer is retried.
  public var maximumRetries = 3
  /// The most time spent waiting between retries of one request, in seconds.
  public var maximumRetryWait: TimeInterval = 30
  /// The `User-Agent` header.
  public var userAgent = defaultUserAgent
  /// Basic-auth credentials, found by `init` in the environment or `~/.netrc`.
  public var credentials: EndpointCredentials?

  /// Checks the address and looks up credentials: `KG_SPARQL_USER` and
  /// `KG_SPARQL_PASSWORD` when both are set, otherwise the netrc entry for
  /// the URL's host (`netrcPath`, by default `$HOME/.netrc`).
  public init(
    url: URL, environment: [String: String] = ProcessInfo.processInfo.environment,
    netrcPath: String? = nil
  ) throws(SPARQLError) {
    guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
      throw .invalidEndpoint(reason: "the address must start with http:// or https://")
    }
    guard let host = url.host, !host.isEmpty else {
      throw .invalidEndpoint(reason: "the address has no host")
    }
    guard url.user == nil && url.password == nil else {
      throw .invalidEndpoint(
        reason:
          "the address must not hold credentials; put them in ~/.netrc or KG_SPARQL_USER and KG_SPARQL_PASSWORD"
      )
    }
    self.url = url
    credentials = Self.credentials(
      host: host, environment: environment,
      netrcPath: netrcPath ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.netrc")
  }

  /// The endpoint as messages name it: `host` or `host:port`, nothing more.
  public var hostLabel: String {
    let host = url.host ?? "?"
    let shown = host.contains(":") ? "[\(host)]" : host
    return TerminalSafeText.singleLine(url.port.map { "\(shown):\($0)" } ?? shown)
  }

  private static func credentials(
    host: String, environment: [String: String], netrcPath: String
  ) -> EndpointCredentials? {
    if let user = environment["KG_SPARQL_USER"], let password = environment["KG_SPARQL_PASSWORD"] {
      return EndpointCredentials(user: user, password: password)
    }
    guard let data = FileManager.default.contents(atPath: netrcPath) else { return nil }
    return NetrcFile.credentials(forHost: host, in: String(decoding: data, as: UTF8.self))
  }
}
