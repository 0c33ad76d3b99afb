import CCurl
import Foundation
import KnowledgeGraph

#if canImport(Glibc)
  import Glibc
#endif

extension SPARQLError {
  /// The error for a transfer the client stopped itself.
  static func stopped(_ reason: TransferStop, configuration: EndpointConfiguration) -> SPARQLError {
    let host = configuration.hostLabel
    switch reason {
    case .cancelled: return .cancelled
    case .timedOut: return .timedOut(host: host, seconds: configuration.queryTimeout)
    case .tooLarge: return .tooLarge(host: host, limitBytes: configuration.maximumResponseBytes)
    }
  }

  /// The error for a transfer libcurl failed, named by what the user can do about it.
  static func transfer(
    _ code: CURLcode, systemError: Int32, hadResponse: Bool, configuration: EndpointConfiguration
  ) -> SPARQLError {
    let host = configuration.hostLabel
    switch code {
    case CURLE_OPERATION_TIMEDOUT:
      return .unreachable(
        host: host,
        reason: "no connection within \(SPARQLError.seconds(configuration.connectTimeout))")
    case CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE, CURLE_RECV_ERROR, CURLE_BAD_CONTENT_ENCODING,
      CURLE_WEIRD_SERVER_REPLY:
      return .truncated(host: host)
    case CURLE_SEND_ERROR where hadResponse:
      return .truncated(host: host)
    default:
      return .unreachable(host: host, reason: reason(code, systemError: systemError))
    }
  }

  private static func reason(_ code: CURLcode, systemError: Int32) -> String {
    switch code {
    case CURLE_COULDNT_CONNECT: connectFailure(systemError)
    case CURLE_COULDNT_RESOLVE_HOST: "host not found"
    case CURLE_COULDNT_RESOLVE_PROXY: "proxy not found"
    case CURLE_SSL_CONNECT_ERROR: "TLS handshake failed"
    case CURLE_PEER_FAILED_VERIFICATION: "the server's TLS certificate is not trusted"
    case CURLE_TOO_MANY_REDIRECTS: "too many redirects"
    case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT: "unsupported address"
    default: TerminalSafeText.singleLine(String(cString: curl_easy_strerror(code)).lowercased())
    }
  }

  private static func connectFailure(_ systemError: Int32) -> String {
    switch systemError {
    case ECONNREFUSED: "connection refused"
    case ENETUNREACH: "network is unreachable"
    case EHOSTUNREACH: "host is unreachable"
    case 0: "cannot connect"
    default: TerminalSafeText.singleLine(String(cString: strerror(systemError)).lowercased())
    }
  }
}
