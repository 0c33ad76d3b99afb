import CCurl
import Foundation
import Synchronization

/// Sends requests with libcurl (HTTPS, redirects, gzip, and the
/// `https_proxy` variables, read as curl reads them) and blocks the caller
/// until a bounded answer, an error, the query timeout or a cancellation.
///
/// Each request runs on its caller's thread with a `CurlTransfer` taken
/// from a small pool, so requests from several threads run side by side and
/// each transfer keeps its connection alive for the next request.
final class HTTPTransport: Sendable {
  private static let libraryReady: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

  private let configuration: EndpointConfiguration
  private let idle = Mutex<[CurlTransfer]>([])

  init(configuration: EndpointConfiguration) {
    self.configuration = configuration
  }

  func perform(_ request: HTTPRequest, cancellation: RequestCancellation?) throws(SPARQLError)
    -> HTTPAnswer
  {
    let deadline = Date(timeIntervalSinceNow: configuration.queryTimeout)
    guard let transfer = takeTransfer() else {
      throw .unreachable(host: configuration.hostLabel, reason: "libcurl could not start")
    }
    let outcome = transfer.perform(
      request, configuration: configuration, deadline: deadline, cancellation: cancellation)
    idle.withLock { $0.append(transfer) }
    switch outcome {
    case .answer(let answer): return answer
    case .stopped(let reason): throw .stopped(reason, configuration: configuration)
    case .failed(let code, let systemError, let hadResponse):
      throw .transfer(
        code, systemError: systemError, hadResponse: hadResponse, configuration: configuration)
    }
  }

  private func takeTransfer() -> CurlTransfer? {
    guard Self.libraryReady else { return nil }
    return idle.withLock { $0.popLast() } ?? CurlTransfer()
  }
}
