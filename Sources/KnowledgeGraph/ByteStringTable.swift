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
  /// `keyStart << 32 | keyLength` for each key number.
  private var keyLocations: [UInt64] = []
  /// Two words per slot: `hash32 << 32 | (key number + 1)` (0 when empty),
  /// then the key's location, so a lookup touches one cache line of the table
  /// and then the key bytes, and never a third array.
  private var slots: [UInt64] = Array(repeating: 0, count: 32)
  /// The last key found, remembered because relations usually come grouped by `from`.
  private var lastFound: (location: UInt64, number: UInt32)?

  init(reservingCapacity capacity: Int = 0) {
    guard capacity > 8 else { return }
    keyLocations.reserveCapacity(capacity)
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = Array(repeating: 0, count: size * 2)
  }

  var count: Int { keyLocations.count }

  private var slotCount: Int { slots.count / 2 }

  /// The key number of `key`, or nil when it was never inserted.
  func find(_ key: UnsafeBufferPointer<UInt8>) -> UInt32? {
    guard let keyBase = key.baseAddress ?? UnsafePointer(bitPattern: 1) else { return nil }
    let tag = Self.tag(of: key)
    return keyBytes.withUnsafeBufferPointer { stored in
      slots.withUnsafeBufferPointer { slots in
        let mask = slots.count / 2 - 1
        var slot = Int(tag) & mask
        while true {
          let entry = slots[slot * 2]
          if entry == 0 { return nil }
          if UInt32(truncatingIfNeeded: entry >> 32) == tag
            && Self.equals(slots[slot * 2 + 1], in: stored, keyBase, key.count)
          {
            return UInt32(truncatingIfNeeded: entry) &- 1
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  /// Finds many keys held in `input`, writing each key's number (or nil)
  /// into `results`. Hashing all keys first, then loading all their slots,
  /// then comparing all their bytes lets the loads of different keys
  /// overlap instead of waiting for each other's cache misses.
  func findAll(
    _ keys: [Range<Int>], in input: UnsafeBufferPointer<UInt8>, into results: inout [UInt32?]
  ) {
    guard let inputBase = input.baseAddress else { return }
    let tags = keys.map { Self.tag(of: UnsafeBufferPointer(rebasing: input[$0])) }
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count / 2 - 1
      let entries = tags.map { slots[(Int($0) & mask) * 2] }
      let locations = tags.map { slots[(Int($0) & mask) * 2 + 1] }
      keyBytes.withUnsafeBufferPointer { stored in
        for (position, key) in keys.enumerated() {
          let entry = entries[position]
          if entry == 0 {
            results[position] = nil
          } else if UInt32(truncatingIfNeeded: entry >> 32) == tags[position]
            && Self.equals(locations[position], in: stored, inputBase + key.lowerBound, key.count)
          {
            results[position] = UInt32(truncatingIfNeeded: entry) &- 1
          } else {
            results[position] = find(UnsafeBufferPointer(rebasing: input[key]))
          }
        }
      }
    }
  }

  /// Like `find`, but first compares with the previous hit, which is the
  /// answer for runs of relations that share their `from`.
  mutating func findRemembering(_ key: UnsafeBufferPointer<UInt8>) -> UInt32? {
    if let lastFound, let keyBase = key.baseAddress,
      keyBytes.withUnsafeBufferPointer({
        Self.equals(lastFound.location, in: $0, keyBase, key.count)
      })
    {
      return lastFound.number
    }
    guard let number = find(key) else { return nil }
    lastFound = (keyLocations[Int(number)], number)
    return number
  }

  @inline(__always)
  private static func equals(
    _ location: UInt64, in stored: UnsafeBufferPointer<UInt8>, _ key: UnsafePointer<UInt8>,
    _ length: Int
  ) -> Bool {
    guard Int(truncatingIfNeeded: location & 0xFFFF_FFFF) == length else { return false }
    guard length > 0, let storedBase = stored.baseAddress else { return true }
    let candidate = storedBase + Int(location >> 32)
    var index = 0
    while index + 8 <= length {
      let left = UnsafeRawPointer(candidate + index).loadUnaligned(as: UInt64.self)
      let right = UnsafeRawPointer(key + index).loadUnaligned(as: UInt64.self)
      if left != right { return false }
      index += 8
    }
    while index < length {
      if candidate[index] != key[index] { return false }
      index += 1
    }
    return true
  }

  /// Inserts `key` unless present; returns its number and whether it is new.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (number: UInt32, isNew: Bool) {
    if let known = find(key) { return (known, false) }
    if (count + 1) * 2 > slotCount { grow() }
    let number = UInt32(truncatingIfNeeded: count)
    let location = UInt64(keyBytes.count) << 32 | UInt64(key.count)
    keyBytes.append(contentsOf: key)
    keyLocations.append(location)
    place(tag: Self.tag(of: key), number: number, location: location)
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
    let location = keyLocations[number]
    let start = Int(location >> 32)
    let end = start + Int(location & 0xFFFF_FFFF)
    return keyBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
  }

  /// Every key in number order, made into `String`s on demand (for suggestions).
  var keys: LazyMapSequence<Range<Int>, String> { (0..<count).lazy.map { key($0) } }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: 0, count: old.count * 2)
    for slot in 0..<old.count / 2 where old[slot * 2] != 0 {
      let entry = old[slot * 2]
      place(
        tag: UInt32(truncatingIfNeeded: entry >> 32),
        number: UInt32(truncatingIfNeeded: entry) &- 1,
        location: old[slot * 2 + 1])
    }
  }

  private mutating func place(tag: UInt32, number: UInt32, location: UInt64) {
    let mask = slotCount - 1
    var slot = Int(tag) & mask
    while slots[slot * 2] != 0 { slot = (slot + 1) & mask }
    slots[slot * 2] = UInt64(tag) << 32 | UInt64(number &+ 1)
    slots[slot * 2 + 1] = location
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
