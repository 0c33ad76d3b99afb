import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Routes URLSession's callbacks to the exchange of each task, and keeps
/// credentials from following a redirect to another origin.
final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  private let lock = NSLock()
  private var exchanges: [Int: HTTPExchange] = [:]

  func register(_ exchange: HTTPExchange, for task: URLSessionTask) {
    lock.withLock { exchanges[task.taskIdentifier] = exchange }
  }

  func remove(_ task: URLSessionTask) {
    _ = lock.withLock { exchanges.removeValue(forKey: task.taskIdentifier) }
  }

  private func exchange(_ task: URLSessionTask) -> HTTPExchange? {
    lock.withLock { exchanges[task.taskIdentifier] }
  }

  func urlSession(
    _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
  ) {
    let proceed = exchange(dataTask)?.receive(response) ?? false
    completionHandler(proceed ? .allow : .cancel)
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    exchange(dataTask)?.receive(data)
  }

  func urlSession(
    _ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?
  ) {
    exchange(task)?.complete(error: error)
  }

  func urlSession(
    _ session: URLSession, task: URLSessionTask,
    willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
    completionHandler: @escaping @Sendable (URLRequest?) -> Void
  ) {
    completionHandler(Self.redirect(request, from: task.originalRequest?.url))
  }

  /// The redirected request: only to http or https, and without the
  /// `Authorization` header when scheme, host or port change.
  static func redirect(_ request: URLRequest, from original: URL?) -> URLRequest? {
    guard let target = request.url, let scheme = target.scheme?.lowercased(),
      scheme == "http" || scheme == "https"
    else { return nil }
    var redirected = request
    if let original, !isSameOrigin(original, target) {
      redirected.setValue(nil, forHTTPHeaderField: "Authorization")
    }
    return redirected
  }

  private static func isSameOrigin(_ first: URL, _ second: URL) -> Bool {
    first.scheme?.lowercased() == second.scheme?.lowercased()
      && first.host?.lowercased() == second.host?.lowercased() && first.port == second.port
  }
}
