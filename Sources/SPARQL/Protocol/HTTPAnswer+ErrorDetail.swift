import Foundation
import KnowledgeGraph

extension HTTPAnswer {
  static let maximumDetailLength = 200

  /// What an error answer says, in one escaped line: the first non-empty
  /// line of a text body, the title of an HTML page, or the status's reason.
  var errorDetail: String {
    let text = String(decoding: body.prefix(16_384), as: UTF8.self)
    let line = isHTML ? Self.title(in: text) : Self.firstLine(of: text)
    let detail =
      line.isEmpty ? (reason.isEmpty ? "status \(status)" : reason.lowercased()) : line
    let shortened =
      detail.count > Self.maximumDetailLength
      ? String(detail.prefix(Self.maximumDetailLength)) + "…" : detail
    return TerminalSafeText.singleLine(shortened)
  }

  private static func firstLine(of text: String) -> String {
    let lines = text.split(whereSeparator: \.isNewline)
    let line = lines.first { !$0.allSatisfy(\.isWhitespace) } ?? ""
    return line.trimmingCharacters(in: .whitespaces)
  }

  private static func title(in page: String) -> String {
    guard let open = page.range(of: "<title>", options: .caseInsensitive),
      let close = page.range(
        of: "</title>", options: .caseInsensitive, range: open.upperBound..<page.endIndex)
    else { return "" }
    return page[open.upperBound..<close.lowerBound].split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
  }
}
