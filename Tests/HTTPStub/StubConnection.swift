import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One accepted connection: reads HTTP/1.1 requests and writes answers with
/// blocking calls on the connection's own thread.
final class StubConnection {
  private let socket: Int32
  private var buffer: [UInt8] = []

  init(socket: Int32) { self.socket = socket }

  /// The next request, or nil when the client closed the connection.
  func readRequest() -> StubRequest? {
    guard let headEnd = readUntilHeadEnd() else { return nil }
    let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
    buffer.removeFirst(headEnd + 4)
    var lines = head.components(separatedBy: "\r\n")
    let requestLine = lines.removeFirst().split(separator: " ")
    guard requestLine.count == 3 else { return nil }
    let headers = lines.compactMap(Self.header)
    let request = StubRequest(
      method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: [])
    if request.header("Expect")?.lowercased() == "100-continue" {
      guard send(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return nil }
    }
    guard let body = readBody(length: Int(request.header("Content-Length") ?? "0") ?? 0) else {
      return nil
    }
    return StubRequest(
      method: request.method, target: request.target, headers: headers, body: body)
  }

  /// Sends a status line, the headers, `Content-Length` unless given, and the body.
  func write(status: Int, headers: [(String, String)], body: [UInt8], contentLength: Int) -> Bool {
    var allHeaders = headers
    if !headers.contains(where: { $0.0.lowercased() == "content-length" }) {
      allHeaders.append(("Content-Length", String(contentLength)))
    }
    return send(Self.head(status: status, headers: allHeaders) + body)
  }

  /// Sends the prefix and then the unit again and again until a send fails.
  func stream(status: Int, headers: [(String, String)], prefix: [UInt8], unit: [UInt8]) {
    guard send(Self.head(status: status, headers: headers + [("Connection", "close")]) + prefix)
    else { return }
    let block = Array(
      [[UInt8]](repeating: unit, count: max(1, 16_384 / max(1, unit.count))).joined())
    while send(block) {}
  }

  private static func head(status: Int, headers: [(String, String)]) -> [UInt8] {
    var text = "HTTP/1.1 \(status) \(reason(status))\r\n"
    for (name, value) in headers { text += "\(name): \(value)\r\n" }
    return Array((text + "\r\n").utf8)
  }

  private static func reason(_ status: Int) -> String {
    switch status {
    case 200: "OK"
    case 206: "Partial Content"
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 404: "Not Found"
    case 429: "Too Many Requests"
    case 500: "Internal Server Error"
    case 503: "Service Unavailable"
    default: "Status"
    }
  }

  private static func header(_ line: String) -> (name: String, value: String)? {
    guard let colon = line.firstIndex(of: ":") else { return nil }
    return (
      String(line[..<colon]),
      String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
    )
  }

  private func readUntilHeadEnd() -> Int? {
    let marker: [UInt8] = [13, 10, 13, 10]
    while true {
      if let end = buffer.firstRange(of: marker)?.lowerBound { return end }
      guard receive() else { return nil }
    }
  }

  private func readBody(length: Int) -> [UInt8]? {
    while buffer.count < length {
      guard receive() else { return nil }
    }
    defer { buffer.removeFirst(length) }
    return Array(buffer[..<length])
  }

  private func receive() -> Bool {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return false }
    buffer += chunk[..<count]
    return true
  }

  private func send(_ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let sent = bytes[offset...].withUnsafeBytes {
        Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      guard sent > 0 else { return false }
      offset += sent
    }
    return true
  }
}
