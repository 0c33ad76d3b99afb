import CCurl
import Foundation

/// One libcurl easy handle driven by a multi handle of its own, reused
/// request after request so that its connection stays alive.
///
/// The caller's thread runs the transfer and polls libcurl; nothing runs on
/// other threads, so a cancellation or the query deadline stops a transfer
/// within one poll, and no callback can outlive it. (Foundation's URLSession
/// on Linux runs libcurl from dispatch sources, and lost the end of a refused
/// connection or crashed when a transfer was cancelled in flight.)
final class CurlTransfer: @unchecked Sendable {
  private static let pollMilliseconds: Int32 = 200
  private static let idleConnectionSeconds = 30

  private let easy: UnsafeMutableRawPointer
  private let multi: UnsafeMutableRawPointer
  private let lock = NSLock()
  /// Counts requests, so a cancellation that arrives late never stops the next one.
  private var generation = 0
  private var isCancelled = false
  private var response = ResponseCollector(limit: 0)

  init?() {
    guard let easy = curl_easy_init() else { return nil }
    guard let multi = curl_multi_init() else {
      curl_easy_cleanup(easy)
      return nil
    }
    self.easy = easy
    self.multi = multi
  }

  deinit {
    curl_multi_cleanup(multi)
    curl_easy_cleanup(easy)
  }

  /// Sends `request` and waits for its whole answer, a failure, the
  /// `deadline`, or a cancellation.
  func perform(
    _ request: HTTPRequest, configuration: EndpointConfiguration, deadline: Date,
    cancellation: RequestCancellation?
  ) -> TransferOutcome {
    let current = begin(limit: configuration.maximumResponseBytes)
    let token = cancellation?.addHandler { [self] in cancel(generation: current) }
    if cancellation != nil && token == nil { return .stopped(.cancelled) }
    defer { if let token { cancellation?.removeHandler(token) } }
    var headerList: UnsafeMutablePointer<curl_slist>?
    defer { curl_slist_free_all(headerList) }
    configure(request, configuration: configuration, headerList: &headerList)
    curl_multi_add_handle(multi, easy)
    defer { curl_multi_remove_handle(multi, easy) }
    if let stop = run(until: deadline) { return .stopped(stop) }
    return outcome(result: kg_curl_finished_result(multi))
  }

  private func begin(limit: Int) -> Int {
    lock.withLock {
      generation += 1
      isCancelled = false
      response = ResponseCollector(limit: limit)
      return generation
    }
  }

  private func cancel(generation cancelled: Int) {
    let isCurrent = lock.withLock { () -> Bool in
      guard cancelled == generation else { return false }
      isCancelled = true
      return true
    }
    if isCurrent { curl_multi_wakeup(multi) }
  }

  /// Drives the transfer until libcurl finishes it; a stop when the client ends it first.
  private func run(until deadline: Date) -> TransferStop? {
    var running: Int32 = 1
    while true {
      curl_multi_perform(multi, &running)
      if running == 0 { return nil }
      if lock.withLock({ isCancelled }) { return .cancelled }
      if response.isTooLarge { return .tooLarge }
      let remaining = deadline.timeIntervalSinceNow
      if remaining <= 0 { return .timedOut }
      let wait = min(Self.pollMilliseconds, Int32((remaining * 1000).rounded(.up)))
      curl_multi_poll(multi, nil, 0, wait, nil)
    }
  }

  private func outcome(result: Int32) -> TransferOutcome {
    let code = CURLcode(UInt32(max(result, 0)))
    if response.isTooLarge { return .stopped(.tooLarge) }
    guard code == CURLE_OK else {
      return .failed(
        code, systemError: Int32(kg_curl_os_errno(easy)), hadResponse: response.hasHead)
    }
    return .answer(response.answer(status: kg_curl_response_code(easy)))
  }
}

extension CurlTransfer {
  /// Sets every option afresh: `curl_easy_reset` keeps the live connection
  /// but forgets the previous request.
  fileprivate func configure(
    _ request: HTTPRequest, configuration: EndpointConfiguration,
    headerList: inout UnsafeMutablePointer<curl_slist>?
  ) {
    curl_easy_reset(easy)
    kg_curl_set_text(easy, CURLOPT_URL, request.url)
    kg_curl_set_text(easy, CURLOPT_PROTOCOLS_STR, "http,https")
    kg_curl_set_text(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
    kg_curl_set_long(easy, CURLOPT_FOLLOWLOCATION, 1)
    kg_curl_set_long(easy, CURLOPT_MAXREDIRS, 10)
    kg_curl_set_long(easy, CURLOPT_NOSIGNAL, 1)
    kg_curl_set_long(easy, CURLOPT_MAXAGE_CONN, Self.idleConnectionSeconds)
    kg_curl_set_long(easy, CURLOPT_CONNECTTIMEOUT_MS, Int(configuration.connectTimeout * 1000))
    kg_curl_set_text(easy, CURLOPT_ACCEPT_ENCODING, "gzip")
    if let body = request.body {
      kg_curl_set_size(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
      body.withUnsafeBytes {
        _ = kg_curl_set_pointer(
          easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: $0.baseAddress))
      }
    }
    setCredentials(configuration.credentials)
    for (name, value) in request.headers + [("Expect", "")] {
      headerList = curl_slist_append(headerList, "\(name): \(value)")
    }
    kg_curl_set_pointer(easy, CURLOPT_HTTPHEADER, headerList)
    setCallbacks()
  }

  /// Basic authentication through libcurl, which sends it to the endpoint's
  /// own scheme, host and port only, never along a redirect elsewhere.
  private func setCredentials(_ credentials: EndpointCredentials?) {
    guard let credentials else { return }
    kg_curl_set_long(easy, CURLOPT_HTTPAUTH, 1)  // CURLAUTH_BASIC
    kg_curl_set_text(easy, CURLOPT_USERNAME, credentials.user)
    kg_curl_set_text(easy, CURLOPT_PASSWORD, credentials.password)
  }

  private func setCallbacks() {
    let context = Unmanaged.passUnretained(self).toOpaque()
    kg_curl_set_callback(easy, CURLOPT_WRITEFUNCTION, Self.receiveBody)
    kg_curl_set_pointer(easy, CURLOPT_WRITEDATA, context)
    kg_curl_set_callback(easy, CURLOPT_HEADERFUNCTION, Self.receiveHeader)
    kg_curl_set_pointer(easy, CURLOPT_HEADERDATA, context)
  }

  /// Returning fewer bytes than given makes libcurl end the transfer.
  private static let receiveBody: kg_curl_data_callback = { data, size, count, context in
    guard let data, let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
    return transfer.response.appendBody(bytes) ? size * count : 0
  }

  private static let receiveHeader: kg_curl_data_callback = { data, size, count, context in
    guard let data, let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    let line = UnsafeRawBufferPointer(start: data, count: size * count)
    return transfer.response.takeHeaderLine(line) ? size * count : 0
  }
}
