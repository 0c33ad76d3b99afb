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

  /// Moves past `count` bytes that stay readable just before the next chunk, as when a
  /// mapped file is read a window at a time: like the prefix, they are counted only if an
  /// error needs it, so a file without errors is never scanned for line feeds.
  mutating func skip(_ count: Int) { uncountedPrefix += count }

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

  /// Lines and column after the bytes `start..<end`, given those before them. Line feeds are
  /// counted a word at a time, since a stream passes every byte through here.
  private func scan(
    _ chunk: UnsafePointer<UInt8>, from start: Int, to end: Int, lines: Int, column: Int
  ) -> (Int, Int) {
    var lines = lines
    var index = start
    while end - index >= 8 {
      let word = UnsafeRawPointer(chunk + index).loadUnaligned(as: UInt64.self)
      lines += LineTracker.lineFeeds(in: word)
      index += 8
    }
    while index < end {
      if chunk[index] == 0x0A { lines += 1 }
      index += 1
    }
    var lineStart = end
    while lineStart > start && chunk[lineStart - 1] != 0x0A { lineStart -= 1 }
    var column = lineStart > start ? 0 : column
    for offset in lineStart..<end where chunk[offset] & 0xC0 != 0x80 { column += 1 }
    return (lines, column)
  }

  /// The number of 0x0A bytes in a word, exactly (no carries between bytes).
  @inline(__always)
  private static func lineFeeds(in word: UInt64) -> Int {
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let bytes = word ^ 0x0A0A_0A0A_0A0A_0A0A
    let zeroHighBits = ~(((bytes & low) &+ low) | bytes | low)
    return zeroHighBits.nonzeroBitCount
  }
}
