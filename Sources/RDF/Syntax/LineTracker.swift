/// Turns a byte position into a line and column only when an error needs one, so the parse
/// loops never count lines.
///
/// Positions are offsets into the current chunk; when a stream drops consumed bytes, the
/// tracker folds them into its totals. Errors arrive in input order, so counting resumes
/// from the previous error instead of the chunk start.
struct LineTracker {
  private var uncountedPrefix = 0
  private var linesBeforeChunk = 0
  private var columnAtChunkStart = 0
  private var bytesBeforeChunk = 0
  private var countedOffset = 0
  private var countedLines = 0
  private var countedColumn = 0

  /// A tracker for a chunk that starts `prefix` bytes into a buffer that is still mapped, as
  /// when two threads parse halves of one file: the prefix is counted only if an error needs it.
  init(prefix: Int = 0) { uncountedPrefix = prefix }

  /// Folds the first `count` bytes of `chunk` into the totals before they are dropped.
  mutating func discard(_ count: Int, of chunk: UnsafePointer<UInt8>) {
    let (lines, column) = scan(chunk, from: 0, to: count, lines: 0, column: columnAtChunkStart)
    linesBeforeChunk += lines
    columnAtChunkStart = column
    bytesBeforeChunk += count
    countedOffset = 0
    countedLines = 0
    countedColumn = columnAtChunkStart
  }

  /// The 1-based line and column of `offset` in `chunk`, and its offset in the whole input.
  mutating func locate(_ offset: Int, in chunk: UnsafePointer<UInt8>) -> (
    line: Int, column: Int, byteOffset: Int
  ) {
    if uncountedPrefix > 0 {
      let prefix = uncountedPrefix
      uncountedPrefix = 0
      discard(prefix, of: chunk - prefix)
    }
    if offset < countedOffset {
      countedOffset = 0
      countedLines = 0
      countedColumn = columnAtChunkStart
    }
    (countedLines, countedColumn) = scan(
      chunk, from: countedOffset, to: offset, lines: countedLines, column: countedColumn)
    countedOffset = offset
    return (linesBeforeChunk + countedLines + 1, countedColumn + 1, bytesBeforeChunk + offset)
  }

  private func scan(
    _ chunk: UnsafePointer<UInt8>, from start: Int, to end: Int, lines: Int, column: Int
  ) -> (Int, Int) {
    var lines = lines
    var column = column
    for index in start..<end {
      let byte = chunk[index]
      if byte == 0x0A {
        lines += 1
        column = 0
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (lines, column)
  }
}
