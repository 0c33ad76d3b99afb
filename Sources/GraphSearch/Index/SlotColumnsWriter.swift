/// The columns under construction, written by parallel slices that each own
/// a whole range of 64-slot words, so no two threads write the same word.
struct SlotColumnsWriter: @unchecked Sendable {
  let words: UnsafeMutableBufferPointer<UInt64>
  let wordCount: Int

  /// Sets the slot's bits for its mask and signatures.
  @inline(__always)
  func set(
    slot: Int, mask: UInt64, signature: PairSignature, contiguous: ContiguousSignature
  ) {
    let word = slot >> 6
    let bit: UInt64 = 1 << UInt64(slot & 63)
    setBits(mask, base: SlotColumns.maskBase, word: word, bit: bit)
    for index in 0..<4 {
      let offset = 64 * index
      setBits(
        signature.words.word(index), base: SlotColumns.pairBase + offset, word: word, bit: bit)
      setBits(
        contiguous.grams.word(index), base: SlotColumns.gramBase + offset, word: word, bit: bit)
    }
    setBits(signature.innerStarts, base: SlotColumns.innerStartBase, word: word, bit: bit)
    setBits(contiguous.startPairs, base: SlotColumns.startPairBase, word: word, bit: bit)
    setBits(contiguous.fieldStarts, base: SlotColumns.fieldStartBase, word: word, bit: bit)
  }

  @inline(__always)
  private func setBits(_ bits: UInt64, base: Int, word: Int, bit: UInt64) {
    var remaining = bits
    while remaining != 0 {
      let column = base + remaining.trailingZeroBitCount
      remaining &= remaining - 1
      words[column &* wordCount &+ word] |= bit
    }
  }
}
