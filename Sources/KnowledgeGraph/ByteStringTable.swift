#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An insert-only hash table of byte strings that numbers keys densely in
/// insertion order: entity ids, entity types, relation types, source keys.
///
/// It replaces `[String: UInt32]` on the load path: keys are looked up as raw
/// bytes straight from the input, without creating a `String` or allocating
/// per key. Open addressing with linear probing; each slot packs 32 bits of
/// the hash with the key number, so most mismatches never touch key bytes.
/// The hash is seeded per process, so crafted ids cannot force collisions.
struct ByteStringTable: Sendable {
  private static let seed = UInt64.random(in: 1...UInt64.max)

  private var keyBytes: [UInt8] = []
  /// `keyEnds[k]` is where key `k` ends in `keyBytes`; it starts where `k - 1` ends.
  private var keyEnds: [Int] = []
  /// 0 for an empty slot, else `hash32 << 32 | (key number + 1)`.
  private var slots: [UInt64] = Array(repeating: 0, count: 16)

  init(reservingCapacity capacity: Int = 0) {
    guard capacity > 8 else { return }
    keyEnds.reserveCapacity(capacity)
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = Array(repeating: 0, count: size)
  }

  var count: Int { keyEnds.count }

  /// The key number of `key`, or nil when it was never inserted.
  func find(_ key: UnsafeBufferPointer<UInt8>) -> UInt32? {
    let tag = Self.tag(of: key)
    return slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Int(tag) & mask
      while true {
        let entry = slots[slot]
        if entry == 0 { return nil }
        let number = UInt32(truncatingIfNeeded: entry) &- 1
        if UInt32(truncatingIfNeeded: entry >> 32) == tag && keyEquals(Int(number), key) {
          return number
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Inserts `key` unless present; returns its number and whether it is new.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (number: UInt32, isNew: Bool) {
    if let known = find(key) { return (known, false) }
    if (count + 1) * 2 > slots.count { grow() }
    let number = UInt32(truncatingIfNeeded: count)
    keyBytes.append(contentsOf: key)
    keyEnds.append(keyBytes.count)
    place(tag: Self.tag(of: key), number: number)
    return (number, true)
  }

  mutating func insert(_ key: String) -> (number: UInt32, isNew: Bool) {
    var key = key
    return key.withUTF8 { insert($0) }
  }

  func find(_ key: String) -> UInt32? {
    var key = key
    return key.withUTF8 { find($0) }
  }

  func key(_ number: Int) -> String {
    withKey(number) { String(decoding: $0, as: UTF8.self) }
  }

  func withKey<Result>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let start = number == 0 ? 0 : keyEnds[number - 1]
    return keyBytes.withUnsafeBufferPointer {
      body(UnsafeBufferPointer(rebasing: $0[start..<keyEnds[number]]))
    }
  }

  /// Every key in number order, made into `String`s on demand (for suggestions).
  var keys: LazyMapSequence<Range<Int>, String> { (0..<count).lazy.map { key($0) } }

  private func keyEquals(_ number: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = number == 0 ? 0 : keyEnds[number - 1]
    guard keyEnds[number] - start == key.count else { return false }
    guard let keyBase = key.baseAddress, key.count > 0 else { return true }
    return keyBytes.withUnsafeBufferPointer { stored in
      guard let storedBase = stored.baseAddress else { return false }
      return memcmp(storedBase + start, keyBase, key.count) == 0
    }
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: 0, count: old.count * 2)
    for entry in old where entry != 0 {
      place(
        tag: UInt32(truncatingIfNeeded: entry >> 32), number: UInt32(truncatingIfNeeded: entry) &- 1
      )
    }
  }

  private mutating func place(tag: UInt32, number: UInt32) {
    let mask = slots.count - 1
    var slot = Int(tag) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = UInt64(tag) << 32 | UInt64(number &+ 1)
  }

  /// 32 well-mixed bits of a seeded hash, eight bytes at a time.
  private static func tag(of key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash = seed ^ UInt64(truncatingIfNeeded: key.count) &* 0x9E37_79B9_7F4A_7C15
    guard let base = key.baseAddress else { return UInt32(truncatingIfNeeded: mix(hash) >> 32) }
    var index = 0
    while index + 8 <= key.count {
      hash = mix(hash ^ UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      index += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < key.count {
      tail |= UInt64(base[index]) << shift
      shift += 8
      index += 1
    }
    return UInt32(truncatingIfNeeded: mix(hash ^ tail) >> 32)
  }

  @inline(__always)
  private static func mix(_ value: UInt64) -> UInt64 {
    var hash = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 31)
  }
}
