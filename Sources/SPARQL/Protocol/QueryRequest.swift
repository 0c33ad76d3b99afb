import Foundation

/// Builds the HTTP request for a query, following the SPARQL 1.1 Protocol.
///
/// A query travels as `GET …?query=` while the whole URL stays within
/// `maximumGETLength` bytes (GET answers can be cached by the endpoint's
/// front proxy, and servers and proxies accept URLs that long), and as a
/// form-encoded POST beyond.
enum QueryRequest {
  static let maximumGETLength = 2_000

  static func make(
    query: String, accept: String, configuration: EndpointConfiguration
  ) -> HTTPRequest {
    let parameters = "query=" + formEncoded(query)
    var components = URLComponents(url: configuration.url, resolvingAgainstBaseURL: false)!
    let existing = components.percentEncodedQuery.map { $0.isEmpty ? "" : $0 + "&" } ?? ""
    components.percentEncodedQuery = existing + parameters
    var request: HTTPRequest
    if let url = components.url, url.absoluteString.utf8.count <= maximumGETLength {
      request = HTTPRequest(url: url.absoluteString)
    } else {
      components.percentEncodedQuery = nil
      request = HTTPRequest(url: (components.url ?? configuration.url).absoluteString)
      request.headers.append(("Content-Type", "application/x-www-form-urlencoded"))
      request.body = Array((existing + parameters).utf8)
    }
    request.headers += [("Accept", accept), ("User-Agent", configuration.userAgent)]
    return request
  }

  /// Percent-encodes everything but RFC 3986's unreserved characters, so no
  /// `&`, `+`, `=` or `#` in a query can change how the form is read.
  static func formEncoded(_ text: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count * 3)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        bytes.append(byte)
      default:
        bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
