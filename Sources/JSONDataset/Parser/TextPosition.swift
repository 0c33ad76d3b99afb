/// A 1-based line and column in a dataset file, as editors show them.
///
/// Columns count Unicode characters (UTF-8 lead bytes), not bytes, so a
/// position after Chinese text still lands on the right character.
struct TextPosition: Equatable {
  let line: Int
  let column: Int

  /// The positions of several byte offsets, found in one pass over the input
  /// up to the largest offset, so a report of 100 problems costs one scan.
  static func locate(_ offsets: [Int], in input: UnsafeBufferPointer<UInt8>) -> [Int: TextPosition]
  {
    var result: [Int: TextPosition] = [:]
    var line = 1
    var lineStart = 0
    var index = 0
    for offset in Set(offsets).sorted() {
      let target = min(max(offset, 0), input.count)
      while index < target {
        if input[index] == 0x0A {
          line += 1
          lineStart = index + 1
        }
        index += 1
      }
      var column = 1
      for position in lineStart..<target where input[position] & 0xC0 != 0x80 { column += 1 }
      result[offset] = TextPosition(line: line, column: column)
    }
    return result
  }
}
