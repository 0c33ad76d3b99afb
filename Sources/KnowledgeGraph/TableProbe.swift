/// A key's hash and its home slot in a `ByteStringTable`, loaded ahead of the
/// comparison so that `findAll` can overlap the loads of many keys.
struct TableProbe {
  let hash: UInt32
  /// Whether the key equals the one before it, whose answer it reuses.
  let isRepeat: Bool
  let slot: TableSlot
}
