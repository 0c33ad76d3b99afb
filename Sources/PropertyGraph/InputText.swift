import KnowledgeGraph
import FileInput

/// The bytes of one input file and the name it goes by in messages, so a
/// reader can turn a byte offset into the `path:line:column: ` prefix that
/// every property-graph error starts with.
struct InputText {
  let bytes: UnsafeBufferPointer<UInt8>
  let name: String

  /// The 1-based line and column of `offset`; columns count characters
  /// (UTF-8 lead bytes), as editors do.
  func position(of offset: Int) -> (line: Int, column: Int) {
    let end = min(max(offset, 0), bytes.count)
    var line = 1
    var lineStart = 0
    for index in 0..<end where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    var column = 1
    for index in lineStart..<end where bytes[index] & 0xC0 != 0x80 { column += 1 }
    return (line, column)
  }

  func error(at offset: Int, _ message: String) -> LoadError {
    let (line, column) = position(of: offset)
    return LoadError("\(name):\(line):\(column): \(message)")
  }

  func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[range])
  }

  func string(_ range: Range<Int>) -> String {
    String(decoding: slice(range), as: UTF8.self)
  }
}
