/// One key of a `ByteStringTable.findAll` call: its hash, its position
/// among the keys, and its first eight bytes packed, so that after sorting
/// the probes by home slot, short keys are compared without going back to
/// their bytes.
package struct SweepProbe {
  package let hash: UInt32
  package let position: UInt32
  package let word: UInt64

  package init(position: Int, key: UnsafeBufferPointer<UInt8>, hash: UInt32) {
    self.hash = hash
    self.position = UInt32(truncatingIfNeeded: position)
    word = TableSlot.word(key)
  }

  /// Which of the sorted runs the probe belongs to: the top bits of its home slot.
  @inline(__always)
  package func bucket(shift: Int, mask: Int) -> Int {
    (Int(TableSlot.stored(hash)) & mask) >> shift
  }
}
