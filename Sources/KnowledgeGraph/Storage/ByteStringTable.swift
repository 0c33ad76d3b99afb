import CMemoryHints
import Parallel

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
/// per key. Open addressing with linear probing over `TableSlot`s, which keep
/// 28 bits of the hash and short keys inline, so most lookups read one cache
/// line. The hash is seeded per process, so crafted ids cannot force collisions.
package struct ByteStringTable: Sendable {
  private static let processSeed = UInt64.random(in: 1...UInt64.max)

  /// What `findAll` reports for a key that was never inserted.
  package static let notFound = UInt32.max

  private var keyBytes: [UInt8] = []
  /// `keyStart << 32 | keyLength` for each key number.
  private var keyLocations: [UInt64] = []
  /// Two words per `TableSlot`.
  private var slots: [UInt64] = Array(repeating: 0, count: 32)
  /// The last key found, remembered because relations usually come grouped by `from`.
  private var lastFound: (location: UInt64, number: UInt32)?
  /// The process's seed, copied so hashing never waits on a global's lazy initializer.
  private let seed = Self.processSeed

  package init() {}

  /// A table sized for about `expectedCount` keys of about `keyLength` bytes,
  /// so it never grows on the way there: at millions of keys each doubling
  /// zeroes a fresh table of tens of megabytes and moves every slot into it.
  package init(expectedCount: Int, keyLength: Int) {
    var slotCount = 32
    while slotCount < expectedCount * 2 + 2 { slotCount *= 2 }
    if slotCount > slots.count / 2 { slots = HugePages.zeroed(slotCount * 2) }
    keyBytes.reserveCapacity(expectedCount * keyLength)
    keyLocations.reserveCapacity(expectedCount)
  }

  package var count: Int { keyLocations.count }

  private var slotCount: Int { slots.count / 2 }

  /// The key number of `key`, or nil when it was never inserted.
  package func find(_ key: UnsafeBufferPointer<UInt8>) -> UInt32? {
    find(key, hash: hash(of: key))
  }

  /// Finds many keys held in `input`, writing each key's number, or
  /// `notFound`, into `results`.
  ///
  /// At a million keys the table spans tens of megabytes and each lookup
  /// misses the cache, so the keys are first sorted by home slot (a counting
  /// sort on its top bits): the table is then swept from start to end, and
  /// neighbouring lookups share pages and cache lines. A key equal to the
  /// one before it reuses its answer: relations usually come grouped by
  /// their `from`.
  package func findAll(
    _ keys: UnsafeBufferPointer<StringRef>, in input: UnsafeBufferPointer<UInt8>,
    into results: UnsafeMutableBufferPointer<UInt32>
  ) {
    guard let inputBase = input.baseAddress, !keys.isEmpty else { return }
    let distinct = findDistinct(keys, inputBase, into: results)
    Self.fillRepeats(of: distinct, count: keys.count, in: results)
  }

  /// Like `findAll`, then inserts each key that was not found, in key
  /// order, so a new key is numbered where it first comes; `results` gets
  /// every key's number. No key is hashed twice.
  package mutating func findOrInsertAll(
    _ keys: UnsafeBufferPointer<StringRef>, in input: UnsafeBufferPointer<UInt8>,
    into results: UnsafeMutableBufferPointer<UInt32>
  ) {
    guard let inputBase = input.baseAddress, !keys.isEmpty else { return }
    let distinct = findDistinct(keys, inputBase, into: results)
    for probe in distinct where results[Int(probe.position)] == Self.notFound {
      let position = Int(probe.position)
      results[position] = insert(bytes(of: keys[position], inputBase), hash: probe.hash).number
    }
    Self.fillRepeats(of: distinct, count: keys.count, in: results)
  }

  /// Looks up, in one sweep, every key that does not repeat the one before
  /// it, and returns their probes in key order.
  private func findDistinct(
    _ keys: UnsafeBufferPointer<StringRef>, _ inputBase: UnsafePointer<UInt8>,
    into results: UnsafeMutableBufferPointer<UInt32>
  ) -> [SweepProbe] {
    let (distinct, sweep) = sweepOrder(of: keys, inputBase)
    slots.withUnsafeBufferPointer { slots in
      keyBytes.withUnsafeBufferPointer { stored in
        let mask = slots.count / 2 - 1
        for (index, probe) in sweep.enumerated() {
          if index + Self.prefetchDistance < sweep.count {
            let ahead = sweep[index + Self.prefetchDistance]
            kg_prefetch(slots.baseAddress! + (Int(TableSlot.stored(ahead.hash)) & mask) * 2)
          }
          let position = Int(probe.position)
          results[position] = lookUp(probe, keys[position], inputBase, slots, stored)
        }
      }
    }
    return distinct
  }

  /// Gives each key that repeats the one before it that key's result.
  private static func fillRepeats(
    of distinct: [SweepProbe], count: Int, in results: UnsafeMutableBufferPointer<UInt32>
  ) {
    for (index, probe) in distinct.enumerated() {
      let first = Int(probe.position)
      let end = index + 1 < distinct.count ? Int(distinct[index + 1].position) : count
      for position in first + 1..<end { results[position] = results[first] }
    }
  }

  /// A probe for every key that does not repeat the one before it, in key
  /// order (the keys between two probes repeat the first), and the same
  /// probes ordered by the top bits of their home slot.
  private func sweepOrder(
    of keys: UnsafeBufferPointer<StringRef>, _ inputBase: UnsafePointer<UInt8>
  )
    -> (distinct: [SweepProbe], sweep: [SweepProbe])
  {
    var probes: [SweepProbe] = []
    probes.reserveCapacity(keys.count)
    for position in 0..<keys.count where !Self.repeats(keys, position, inputBase) {
      let key = bytes(of: keys[position], inputBase)
      probes.append(SweepProbe(position: position, key: key, hash: hash(of: key)))
    }
    return (probes, sortedByHomeSlot(probes))
  }

  /// The probes ordered by the top bits of their home slot, by a stable
  /// counting sort: probes with the same home slot keep their order.
  private func sortedByHomeSlot(_ probes: [SweepProbe]) -> [SweepProbe] {
    let shift = max(0, (slotCount - 1).nonzeroBitCount - Self.sweepBucketBits)
    let mask = slotCount - 1
    var starts = [Int](repeating: 0, count: (1 << Self.sweepBucketBits) + 1)
    for probe in probes { starts[probe.bucket(shift: shift, mask: mask) + 1] += 1 }
    for bucket in starts.indices.dropFirst() { starts[bucket] += starts[bucket - 1] }
    var sorted = probes
    for probe in probes {
      let bucket = probe.bucket(shift: shift, mask: mask)
      sorted[starts[bucket]] = probe
      starts[bucket] += 1
    }
    return sorted
  }

  /// How many probes ahead `findAll` asks for the slot it will read: enough
  /// to cover a cache miss with the work of the probes in between.
  private static let prefetchDistance = 16

  /// How many top bits of the home slot `findAll` sorts by.
  private static let sweepBucketBits = 10

  @inline(__always)
  private static func repeats(
    _ keys: UnsafeBufferPointer<StringRef>, _ position: Int, _ inputBase: UnsafePointer<UInt8>
  ) -> Bool {
    position > 0 && keys[position - 1].length == keys[position].length
      && memcmp(
        inputBase + Int(keys[position - 1].offset), inputBase + Int(keys[position].offset),
        Int(keys[position].length)) == 0
  }

  /// Like `lookUp(_:hash:_:_:)`, but compares short keys by their packed
  /// word, so the sweep never goes back to the input for them.
  @inline(__always)
  private func lookUp(
    _ probe: SweepProbe, _ key: StringRef, _ inputBase: UnsafePointer<UInt8>,
    _ slots: UnsafeBufferPointer<UInt64>, _ stored: UnsafeBufferPointer<UInt8>
  ) -> UInt32 {
    let mask = slots.count / 2 - 1
    var index = Int(TableSlot.stored(probe.hash)) & mask
    while true {
      let slot = TableSlot(entry: slots[index * 2], key: slots[index * 2 + 1])
      if slot.isEmpty { return Self.notFound }
      if let short = slot.holds(word: probe.word, length: Int(key.length), hash: probe.hash) {
        if short { return slot.number }
      } else if slot.holds(bytes(of: key, inputBase), hash: probe.hash, storedKeys: stored) {
        return slot.number
      }
      index = (index + 1) & mask
    }
  }

  @inline(__always)
  private func lookUp(
    _ key: UnsafeBufferPointer<UInt8>, hash: UInt32, _ slots: UnsafeBufferPointer<UInt64>,
    _ stored: UnsafeBufferPointer<UInt8>
  ) -> UInt32 {
    let mask = slots.count / 2 - 1
    var index = Int(TableSlot.stored(hash)) & mask
    while true {
      let slot = TableSlot(entry: slots[index * 2], key: slots[index * 2 + 1])
      if slot.isEmpty { return Self.notFound }
      if slot.holds(key, hash: hash, storedKeys: stored) { return slot.number }
      index = (index + 1) & mask
    }
  }

  @inline(__always)
  private func bytes(of key: StringRef, _ base: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8>
  {
    UnsafeBufferPointer(start: base + Int(key.offset), count: Int(key.length))
  }

  /// Like `find`, but first compares with the previous hit, which is the
  /// answer for runs of relations that share their `from`.
  package mutating func findRemembering(_ key: UnsafeBufferPointer<UInt8>) -> UInt32? {
    if let number = lastFoundNumber(key) { return number }
    guard let number = find(key) else { return nil }
    lastFound = (keyLocations[Int(number)], number)
    return number
  }

  /// Like `insert`, but first compares with the previous key, which is the
  /// answer for runs of entities of one type.
  package mutating func insertRemembering(_ key: UnsafeBufferPointer<UInt8>) -> (
    number: UInt32, isNew: Bool
  ) {
    if let number = lastFoundNumber(key) { return (number, false) }
    let inserted = insert(key)
    lastFound = (keyLocations[Int(inserted.number)], inserted.number)
    return inserted
  }

  private func lastFoundNumber(_ key: UnsafeBufferPointer<UInt8>) -> UInt32? {
    guard let lastFound, let keyBase = key.baseAddress,
      Int(truncatingIfNeeded: lastFound.location & 0xFFFF_FFFF) == key.count,
      keyBytes.withUnsafeBufferPointer({
        memcmp($0.baseAddress! + Int(lastFound.location >> 32), keyBase, key.count) == 0
      })
    else { return nil }
    return lastFound.number
  }

  /// Inserts `key` unless present; returns its number and whether it is new.
  package mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (number: UInt32, isNew: Bool) {
    insert(key, hash: hash(of: key))
  }

  /// Hashes `key` and asks for its home slot to be loaded into the cache,
  /// so that `insert(_:hash:)` a little later does not wait for memory:
  /// the loader calls it when it reads an entity's id and inserts the id
  /// when the entity's object closes.
  package func hashAndPrefetch(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    let hash = hash(of: key)
    prefetch(hash: hash)
    return hash
  }

  /// The hash `insert(_:hash:)` and `find(_:hash:)` take, for callers that
  /// hash keys well before they look them up.
  package func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 { hash(of: key) }

  /// Asks for the home slot of a key with this hash to be loaded into the cache.
  package func prefetch(hash: UInt32) {
    slots.withUnsafeBufferPointer { slots in
      kg_prefetch(slots.baseAddress! + (Int(TableSlot.stored(hash)) & (slots.count / 2 - 1)) * 2)
    }
  }

  /// The key number of `key`, whose hash is `hash`, or nil when it was never inserted.
  package func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> UInt32? {
    let number = keyBytes.withUnsafeBufferPointer { stored in
      slots.withUnsafeBufferPointer { slots in lookUp(key, hash: hash, slots, stored) }
    }
    return number == Self.notFound ? nil : number
  }

  /// Inserts `key`, whose hash `hashAndPrefetch` returned.
  package mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (
    number: UInt32, isNew: Bool
  ) {
    let known = keyBytes.withUnsafeBufferPointer { stored in
      slots.withUnsafeBufferPointer { slots in lookUp(key, hash: hash, slots, stored) }
    }
    if known != Self.notFound { return (known, false) }
    if (count + 1) * 2 > slotCount { grow() }
    let number = UInt32(truncatingIfNeeded: count)
    let location = UInt64(keyBytes.count) << 32 | UInt64(key.count)
    keyBytes.append(contentsOf: key)
    keyLocations.append(location)
    place(TableSlot(hash: hash, number: number, key: key, location: location))
    return (number, true)
  }

  package mutating func insert(_ key: String) -> (number: UInt32, isNew: Bool) {
    var key = key
    return key.withUTF8 { insert($0) }
  }

  package func find(_ key: String) -> UInt32? {
    var key = key
    return key.withUTF8 { find($0) }
  }

  package func key(_ number: Int) -> String {
    withKey(number) { String(decoding: $0, as: UTF8.self) }
  }

  package func withKey<Result>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result)
    -> Result
  {
    let location = keyLocations[number]
    let start = Int(location >> 32)
    let end = start + Int(location & 0xFFFF_FFFF)
    return keyBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
  }

  /// Every key, in number order, as a slice of one buffer: for looking up all
  /// of one table's keys in another with `findAll`.
  package func withKeys<Result>(
    _ body: (UnsafeBufferPointer<StringRef>, UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    let keys = keyLocations.map {
      StringRef(
        offset: UInt32(truncatingIfNeeded: $0 >> 32), length: UInt32(truncatingIfNeeded: $0))
    }
    return keys.withUnsafeBufferPointer { keys in
      keyBytes.withUnsafeBufferPointer { body(keys, $0) }
    }
  }

  /// Every key in number order, made into `String`s on demand (for suggestions).
  package var keys: LazyMapSequence<Range<Int>, String> { (0..<count).lazy.map { key($0) } }

  /// Doubles the table into memory advised for huge pages (see `HugePages`).
  private mutating func grow() {
    let old = slots
    slots = HugePages.zeroed(old.count * 2)
    for index in 0..<old.count / 2 where old[index * 2] != 0 {
      place(TableSlot(entry: old[index * 2], key: old[index * 2 + 1]))
    }
  }

  private mutating func place(_ slot: TableSlot) {
    let mask = slotCount - 1
    var index = slot.home(mask: mask)
    while slots[index * 2] != 0 { index = (index + 1) & mask }
    slots[index * 2] = slot.entry
    slots[index * 2 + 1] = slot.key
  }

  /// 32 well-mixed bits of a seeded hash, eight bytes at a time.
  private func hash(of key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash = seed ^ UInt64(truncatingIfNeeded: key.count) &* 0x9E37_79B9_7F4A_7C15
    guard let base = key.baseAddress else {
      return UInt32(truncatingIfNeeded: Self.mix(hash) >> 32)
    }
    var index = 0
    while index + 8 <= key.count {
      hash = Self.mix(hash ^ UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      index += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < key.count {
      tail |= UInt64(base[index]) << shift
      shift += 8
      index += 1
    }
    return UInt32(truncatingIfNeeded: Self.mix(hash ^ tail) >> 32)
  }

  @inline(__always)
  private static func mix(_ value: UInt64) -> UInt64 {
    var hash = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    hash = (hash ^ (hash >> 27)) &* 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 31)
  }
}
