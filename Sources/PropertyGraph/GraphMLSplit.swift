/// Where a second reader may start in a GraphML file: just after a `>`
/// followed only by white space and an `<edge` start tag. Only a guess: it
/// could lie inside a comment or a CDATA section, which the first reader
/// finds out when it gets there (see `EdgeReadAhead`).
enum GraphMLSplit {
  /// How far past `start` a place is looked for.
  static let searchLength = 1 << 20

  static func point(in bytes: UnsafeBufferPointer<UInt8>, after start: Int) -> Int? {
    let end = min(bytes.count - 6, start + searchLength)
    var index = start
    while index < end {
      if bytes[index] == UInt8(ascii: "<"), isEdgeTag(bytes, at: index),
        let point = afterTagEnd(bytes, before: index, limit: start)
      {
        return point
      }
      index += 1
    }
    return nil
  }

  private static func isEdgeTag(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let name = Array("<edge".utf8)
    guard (0..<name.count).allSatisfy({ bytes[index + $0] == name[$0] }) else { return false }
    let next = bytes[index + name.count]
    return next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D
  }

  /// The offset after the `>` that only white space separates from `index`.
  private static func afterTagEnd(
    _ bytes: UnsafeBufferPointer<UInt8>, before index: Int, limit: Int
  ) -> Int? {
    var position = index - 1
    while position > limit {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position -= 1
      case UInt8(ascii: ">"): return position + 1
      default: return nil
      }
    }
    return nil
  }
}
