import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The state of one request in flight, filled by the session's delegate on
/// its queue and read by the caller's thread once `done` is signalled.
///
/// The body is bounded: an announced or received length past `limit` stops
/// the transfer at once, so an oversized or endless answer never sits in memory.
final class HTTPExchange: @unchecked Sendable {
  /// Why the client ended a transfer itself.
  enum StopReason {
    case cancelled
    case timedOut
    case connectTimedOut
    case tooLarge
  }

  /// How the exchange ended.
  enum Outcome {
    case answer(HTTPAnswer)
    case stopped(StopReason)
    case failed(any Error, hadResponse: Bool)
  }

  private let lock = NSLock()
  private let done = DispatchSemaphore(value: 0)
  private let limit: Int
  private let task: URLSessionDataTask
  private var response: HTTPURLResponse?
  private var body: [UInt8] = []
  private var failure: (any Error)?
  private var stopReason: StopReason?
  private var isFinished = false

  init(task: URLSessionDataTask, limit: Int) {
    self.task = task
    self.limit = limit
  }

  /// Takes the response head; false (and stopped) when it announces too much.
  func receive(_ response: URLResponse) -> Bool {
    let length = response.expectedContentLength
    guard length <= Int64(limit) else {
      stop(.tooLarge)
      return false
    }
    lock.withLock {
      self.response = response as? HTTPURLResponse
      body = []
      if length > 0 { body.reserveCapacity(Int(length)) }
    }
    return true
  }

  /// Appends body bytes, or stops the transfer when they pass the limit.
  func receive(_ data: Data) {
    let fits = lock.withLock { () -> Bool in
      guard body.count + data.count <= limit else { return false }
      body.append(contentsOf: data)
      return true
    }
    if !fits { stop(.tooLarge) }
  }

  /// Records the end of the transfer and wakes the caller.
  func complete(error: (any Error)?) {
    lock.withLock {
      failure = error
      isFinished = true
    }
    done.signal()
  }

  /// Ends the transfer for `reason`, unless it already ended another way.
  func stop(_ reason: StopReason) {
    let isFirst = lock.withLock { () -> Bool in
      guard stopReason == nil && !isFinished else { return false }
      stopReason = reason
      return true
    }
    if isFirst { task.cancel() }
  }

  /// Whether the transfer has ended, successfully or not.
  var hasFinished: Bool { lock.withLock { isFinished || stopReason != nil } }

  /// Waits for the end of the transfer until `deadline`; stops it with a
  /// timeout when the deadline comes first.
  func waitForOutcome(until deadline: Date) -> Outcome {
    if done.wait(wallTimeout: .now() + deadline.timeIntervalSinceNow) == .timedOut {
      stop(.timedOut)
    }
    return lock.withLock { () -> Outcome in
      if let stopReason { return .stopped(stopReason) }
      if let failure { return .failed(failure, hadResponse: response != nil) }
      guard let response else { return .failed(URLError(.badServerResponse), hadResponse: false) }
      return .answer(HTTPAnswer(status: response.statusCode, response: response, body: body))
    }
  }
}
