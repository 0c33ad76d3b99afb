#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One slot of a `ByteStringTable`, packed in two words so that a lookup
/// touches one cache line of the table and, for keys of up to eight bytes,
/// nothing else.
///
/// The first word is `hash28 << 36 | inlineLength << 32 | (number + 1)`,
/// zero for an empty slot. The second holds the key's bytes themselves when
/// they fit (`inlineLength` 1 to 8), else where they are stored
/// (`start << 32 | length`, with `inlineLength` 0). Entity ids are mostly
/// short, and comparing them inline saves a second cache miss per lookup.
package struct TableSlot {
  package let entry: UInt64
  package let key: UInt64

  package init(entry: UInt64, key: UInt64) {
    self.entry = entry
    self.key = key
  }

  package init(
    hash: UInt32, number: UInt32, key bytes: UnsafeBufferPointer<UInt8>, location: UInt64
  ) {
    let inlineLength = bytes.count <= 8 && !bytes.isEmpty ? UInt64(bytes.count) : 0
    entry = UInt64(Self.stored(hash)) << 36 | inlineLength << 32 | UInt64(number &+ 1)
    key = inlineLength > 0 ? Self.word(bytes) : location
  }

  package var isEmpty: Bool { entry == 0 }

  package var number: UInt32 { UInt32(truncatingIfNeeded: entry) &- 1 }

  /// The part of the hash the slot keeps, which also picks its home slot.
  package static func stored(_ hash: UInt32) -> UInt32 { hash >> 4 }

  package func home(mask: Int) -> Int { Int(entry >> 36) & mask }

  /// Whether this slot holds `bytes`, whose hash is `hash`; `storedKeys` holds
  /// the bytes of keys too long to inline.
  @inline(__always)
  package func holds(
    _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32, storedKeys: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard UInt32(truncatingIfNeeded: entry >> 36) == Self.stored(hash) else { return false }
    let inlineLength = Int(truncatingIfNeeded: entry >> 32) & 0xF
    if inlineLength > 0 { return inlineLength == bytes.count && Self.word(bytes) == key }
    guard Int(truncatingIfNeeded: key & 0xFFFF_FFFF) == bytes.count else { return false }
    guard let keyBase = bytes.baseAddress, let storedBase = storedKeys.baseAddress else {
      return true
    }
    return memcmp(storedBase + Int(key >> 32), keyBase, bytes.count) == 0
  }

  /// Whether this slot holds the key of `length` bytes packed as `word`
  /// (see `word(_:)`), when that can be told without the key's bytes: nil
  /// when both the slot's key and this one are too long to inline.
  @inline(__always)
  package func holds(word: UInt64, length: Int, hash: UInt32) -> Bool? {
    guard UInt32(truncatingIfNeeded: entry >> 36) == Self.stored(hash) else { return false }
    let inlineLength = Int(truncatingIfNeeded: entry >> 32) & 0xF
    if inlineLength > 0 { return inlineLength == length && word == key }
    return length <= 8 && length > 0 ? false : nil
  }

  /// Up to eight bytes as one little-endian word, zero-padded.
  @inline(__always)
  package static func word(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var word: UInt64 = 0
    for (index, byte) in bytes.prefix(8).enumerated() {
      word |= UInt64(byte) << (UInt64(index) * 8)
    }
    return word
  }
}
