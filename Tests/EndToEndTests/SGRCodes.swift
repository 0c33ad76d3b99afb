/// Reads the SGR parameters out of a `capture-pane -e` screen, to tell
/// colours (30–37, 38, 40–47, 48, 90–97, 100–107) from attributes (7 = reverse).
enum SGRCodes {
  static func parameters(in screen: String) -> [Int] {
    var result: [Int] = []
    var rest = Substring(screen)
    while let start = rest.range(of: "\u{1B}[") {
      rest = rest[start.upperBound...]
      guard let end = rest.firstIndex(where: { !"0123456789;".contains($0) }) else { break }
      if rest[end] == "m" {
        result += rest[..<end].split(separator: ";").compactMap { Int($0) }
      }
      rest = rest[end...]
    }
    return result
  }

  static func hasColor(_ parameters: [Int]) -> Bool {
    let colorRanges: [ClosedRange<Int>] = [30...38, 40...48, 90...97, 100...107]
    return parameters.contains { parameter in colorRanges.contains { $0.contains(parameter) } }
  }

  static let reverse = 7
}
