import Foundation

/// Gathers an answer's status line, headers and body as libcurl hands them
/// over, and refuses a body past `limit` (announced or received), so an
/// oversized or endless answer never sits in memory.
struct ResponseCollector {
  let limit: Int
  private(set) var hasHead = false
  private(set) var isTooLarge = false
  private var reason = ""
  private var headers: [String: String] = [:]
  private var body: [UInt8] = []

  init(limit: Int) {
    self.limit = limit
  }

  /// Takes one header line; false (and too large) when it announces more than the limit.
  mutating func takeHeaderLine(_ bytes: UnsafeRawBufferPointer) -> Bool {
    let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(
      in: .whitespacesAndNewlines)
    if line.hasPrefix("HTTP/") {
      startResponse(statusLine: line)
    } else if let colon = line.firstIndex(of: ":") {
      let name = line[..<colon].lowercased()
      let value = String(line[line.index(after: colon)...]).trimmingCharacters(
        in: .whitespacesAndNewlines)
      headers[name] = value
      if name == "content-length", let length = Int(value), length > limit {
        isTooLarge = true
        return false
      }
    }
    return true
  }

  /// A redirect or an interim `100 Continue` is followed by another head:
  /// only the last one describes the answer.
  private mutating func startResponse(statusLine: String) {
    hasHead = true
    headers = [:]
    body = []
    let parts = statusLine.split(separator: " ", maxSplits: 2)
    reason = parts.count == 3 ? String(parts[2]) : ""
  }

  /// Appends body bytes; false (and too large) when they pass the limit.
  mutating func appendBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard body.count + bytes.count <= limit else {
      isTooLarge = true
      return false
    }
    body.append(contentsOf: bytes)
    return true
  }

  func answer(status: Int) -> HTTPAnswer {
    HTTPAnswer(status: status, reason: reason, headers: headers, body: body)
  }
}
