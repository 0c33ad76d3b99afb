/// One request the stub received, kept so a test can assert the protocol:
/// method, target, headers and body exactly as they arrived.
public struct StubRequest: Sendable {
  public let method: String
  /// The request target: path and query string, still percent-encoded.
  public let target: String
  public let headers: [(name: String, value: String)]
  public let body: [UInt8]

  /// The value of a header, matched without regard to case.
  public func header(_ name: String) -> String? {
    headers.first { $0.name.lowercased() == name.lowercased() }?.value
  }

  /// The path without the query string.
  public var path: String { String(target.prefix { $0 != "?" }) }

  /// The decoded `query` parameter of a GET target or a form-encoded body.
  public var queryParameter: String? {
    let form =
      method == "GET"
      ? String(target.drop { $0 != "?" }.dropFirst()) : String(decoding: body, as: UTF8.self)
    for pair in form.split(separator: "&") where pair.hasPrefix("query=") {
      return Self.formDecoded(pair.dropFirst("query=".count))
    }
    return nil
  }

  /// The body as text.
  public var bodyText: String { String(decoding: body, as: UTF8.self) }

  private static func formDecoded(_ text: Substring) -> String? {
    let input = Array(text.utf8)
    var bytes: [UInt8] = []
    var index = 0
    while index < input.count {
      switch input[index] {
      case UInt8(ascii: "%"):
        guard index + 2 < input.count,
          let value = UInt8(
            String(decoding: input[index + 1...index + 2], as: UTF8.self), radix: 16)
        else { return nil }
        bytes.append(value)
        index += 3
      case UInt8(ascii: "+"):
        bytes.append(UInt8(ascii: " "))
        index += 1
      case let byte:
        bytes.append(byte)
        index += 1
      }
    }
    return String(validating: bytes, as: UTF8.self)
  }
}
