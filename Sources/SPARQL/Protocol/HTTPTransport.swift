import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Sends one request with URLSession (libcurl on Linux, which brings HTTPS,
/// redirects, gzip and the `https_proxy` variables) and blocks the caller
/// until a bounded answer, an error, a timeout or a cancellation.
final class HTTPTransport: Sendable {
  private let configuration: EndpointConfiguration
  private let session: URLSession
  private let delegate = SessionDelegate()
  /// Kept here because `OperationQueue.underlyingQueue` does not retain it.
  private let callbackQueue = DispatchQueue(label: "kg.sparql.session")
  private let probesConnections: Bool
  /// Whether the last request reached the endpoint; no probe is needed then,
  /// as the next request reuses a kept-alive connection.
  private let connectionIsKnownGood = LockedFlag()

  init(configuration: EndpointConfiguration, environment: [String: String]) {
    self.configuration = configuration
    let sessionConfiguration = URLSessionConfiguration.ephemeral
    sessionConfiguration.httpCookieStorage = nil
    sessionConfiguration.urlCache = nil
    sessionConfiguration.requestCachePolicy = .reloadIgnoringLocalCacheData
    sessionConfiguration.timeoutIntervalForResource = configuration.queryTimeout.rounded(.up) + 1
    // Callbacks run on a queue of their own: an OperationQueue's default
    // threads come from the width-limited global pool, which callers blocked
    // in `perform` (on Swift concurrency threads, say) can starve for a second.
    let queue = OperationQueue()
    queue.maxConcurrentOperationCount = 1
    queue.underlyingQueue = self.callbackQueue
    session = URLSession(
      configuration: sessionConfiguration, delegate: delegate, delegateQueue: queue)
    probesConnections = !ProxySettings.usesProxy(
      scheme: configuration.url.scheme?.lowercased() ?? "", environment: environment)
  }

  deinit { session.invalidateAndCancel() }

  func perform(_ request: URLRequest, cancellation: RequestCancellation?) throws(SPARQLError)
    -> HTTPAnswer
  {
    let deadline = Date(timeIntervalSinceNow: configuration.queryTimeout)
    let task = session.dataTask(with: request)
    let exchange = HTTPExchange(task: task, limit: configuration.maximumResponseBytes)
    delegate.register(exchange, for: task)
    defer { delegate.remove(task) }
    let token = cancellation?.addHandler { exchange.stop(.cancelled) }
    if cancellation != nil && token == nil { throw .cancelled }
    defer { if let token { cancellation?.removeHandler(token) } }
    task.resume()
    probeConnection(for: exchange)
    switch exchange.waitForOutcome(until: deadline) {
    case .answer(let answer):
      connectionIsKnownGood.set(true)
      return answer
    case .stopped(let reason):
      connectionIsKnownGood.set(false)
      throw .stopped(reason, configuration: configuration)
    case .failed(let error, let hadResponse):
      connectionIsKnownGood.set(false)
      throw .transport(error, hadResponse: hadResponse, configuration: configuration)
    }
  }

  private func probeConnection(for exchange: HTTPExchange) {
    guard probesConnections, !connectionIsKnownGood.value, let host = configuration.url.host
    else { return }
    let port =
      configuration.url.port ?? (configuration.url.scheme?.lowercased() == "https" ? 443 : 80)
    if ConnectProbe.timesOut(
      host: host, port: port, timeout: configuration.connectTimeout,
      isRequestFinished: { exchange.hasFinished })
    {
      exchange.stop(.connectTimedOut)
    }
  }
}
