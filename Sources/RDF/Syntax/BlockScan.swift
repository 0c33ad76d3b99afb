/// Skips 8 bytes at a time over the common case of a term, so the per-byte table loop only
/// runs on the block that holds the term's end (or an escape, or non-ASCII text).
///
/// The tests are SWAR bit tricks on a 64-bit word (the standard library's SIMD comparisons
/// compile to scalar loops here). Each is exact about whether any byte matches; a block that
/// may hold a special byte is left to the byte loop, which decides.
enum BlockScan {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// Whether any byte of `word` is zero.
  @inline(__always)
  private static func hasZero(_ word: UInt64) -> Bool {
    (word &- ones) & ~word & highBits != 0
  }

  /// Whether any byte of `word` equals `byte`.
  @inline(__always)
  private static func has(_ word: UInt64, _ byte: UInt8) -> Bool {
    hasZero(word ^ (ones &* UInt64(byte)))
  }

  /// Advances `p` over whole blocks of bytes allowed unescaped in an IRI (see
  /// ``ByteClass/iri``; blocks with `~` also stop, harmlessly).
  @inline(__always)
  static func skipIRIBlocks(_ p: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) {
    while end - p >= 8 {
      let word = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
      let nonASCII = word & highBits != 0
      let controlOrSpace = (word &- ones &* 0x21) & ~word & highBits != 0
      let braceOrDelete = (word &+ ones &* 0x05) & highBits != 0
      let angle = has(word & (ones &* 0xFD), 0x3C)
      let backslashOrCaret = has(word & (ones &* 0xFD), 0x5C)
      let quoteOrBacktick = has(word, 0x22) || has(word, 0x60)
      if nonASCII || controlOrSpace || braceOrDelete || angle || backslashOrCaret || quoteOrBacktick
      {
        return
      }
      p += 8
    }
  }

  /// Advances `p` over whole blocks of ASCII string bytes without quotes, backslashes or
  /// line breaks (see ``ByteClass/string``).
  @inline(__always)
  static func skipStringBlocks(_ p: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) {
    while end - p >= 8 {
      let word = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
      if word & highBits != 0 || has(word, 0x22) || has(word, 0x27) || has(word, 0x5C)
        || has(word, 0x0A) || has(word, 0x0D)
      {
        return
      }
      p += 8
    }
  }
}
