import Foundation

/// A complete HTTP answer whose body stayed within the size limit.
struct HTTPAnswer {
  let status: Int
  /// The status line's reason phrase (`Not Found`), empty when the server sent none.
  let reason: String
  /// Header names lowercased; a repeated header keeps its last value.
  let headers: [String: String]
  let body: [UInt8]

  func header(_ name: String) -> String? { headers[name.lowercased()] }

  /// The media type without parameters, lowercased: `text/html`.
  var mediaType: String {
    let type = header("Content-Type") ?? ""
    return type.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces).lowercased()
  }

  /// Whether the endpoint capped the answer: Virtuoso says so with HTTP 206
  /// or with `X-SQL-State` (an anytime-query timeout) or `X-SPARQL-MaxRows`.
  var isPartial: Bool {
    status == 206 || header("X-SQL-State") != nil || header("X-SPARQL-MaxRows") != nil
  }

  /// Whether the body is an HTML page, by its media type or its first bytes.
  var isHTML: Bool {
    if mediaType == "text/html" || mediaType == "application/xhtml+xml" { return true }
    let start = body.prefix(64).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    let text = String(decoding: start, as: UTF8.self).lowercased()
    return text.hasPrefix("<!doctype html") || text.hasPrefix("<html")
  }
}
