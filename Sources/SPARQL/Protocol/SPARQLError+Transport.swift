import Foundation
import KnowledgeGraph

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

extension SPARQLError {
  /// The error for a transfer the client stopped itself.
  static func stopped(
    _ reason: HTTPExchange.StopReason, configuration: EndpointConfiguration
  ) -> SPARQLError {
    let host = configuration.hostLabel
    switch reason {
    case .cancelled: return .cancelled
    case .timedOut: return .timedOut(host: host, seconds: configuration.queryTimeout)
    case .tooLarge: return .tooLarge(host: host, limitBytes: configuration.maximumResponseBytes)
    case .connectTimedOut:
      return .unreachable(
        host: host,
        reason: "no connection within \(SPARQLError.seconds(configuration.connectTimeout))")
    }
  }

  /// The error for a transfer URLSession failed, named by what the user can do about it.
  static func transport(
    _ error: any Error, hadResponse: Bool, configuration: EndpointConfiguration
  ) -> SPARQLError {
    let host = configuration.hostLabel
    guard let code = (error as? URLError)?.code else {
      return .unreachable(host: host, reason: TerminalSafeText.singleLine("\(error)"))
    }
    switch code {
    case .timedOut: return .timedOut(host: host, seconds: configuration.queryTimeout)
    case .networkConnectionLost, .badServerResponse, .zeroByteResource, .cannotParseResponse:
      return .truncated(host: host)
    case .cancelled: return .cancelled
    case .unknown where hadResponse: return .truncated(host: host)
    case .unknown: return .unreachable(host: host, reason: curlDescription(of: error))
    default: return .unreachable(host: host, reason: reason(code))
    }
  }

  /// libcurl's own words, which URLSession passes on for the failures it
  /// has no code for (a TLS certificate problem, say).
  private static func curlDescription(of error: any Error) -> String {
    let text = (error as NSError).userInfo[NSLocalizedDescriptionKey] as? String ?? ""
    return text.isEmpty ? "network error" : TerminalSafeText.singleLine(String(text.prefix(200)))
  }

  private static func reason(_ code: URLError.Code) -> String {
    switch code {
    case .cannotConnectToHost: "connection refused"
    case .cannotFindHost, .dnsLookupFailed: "host not found"
    case .notConnectedToInternet: "network is unreachable"
    case .secureConnectionFailed: "TLS handshake failed"
    case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
      .serverCertificateHasUnknownRoot:
      "the server's TLS certificate is not trusted"
    case .httpTooManyRedirects, .redirectToNonExistentLocation: "too many redirects"
    case .unsupportedURL: "unsupported address"
    default: "network error \(code.rawValue)"
    }
  }
}
