/// A few ids as bytes, for finding the one of each of millions of elements
/// without a `String`: the keys of a GraphML file, the relation types of
/// most graphs.
///
/// Each id is kept with its length and its last eight bytes as one word,
/// which also picks its bucket: the id sought is most often the only one in
/// its bucket, and is confirmed by comparing the length, the word and the
/// bytes before it, even among ids like `node.type` and `edge.type` that
/// share most of their bytes.
struct KeyIDTable: Sendable {
  private static let bucketBits = 8

  private var bytes: [UInt8] = []
  private var starts: [Int] = []
  private var lengths: [Int] = []
  private var tails: [UInt64] = []
  /// The last id added to each bucket, and before each id the one added
  /// before it to its bucket; -1 ends a chain.
  private var buckets = [Int32](repeating: -1, count: 1 << bucketBits)
  private var chain: [Int32] = []

  var count: Int { starts.count }

  mutating func append(_ id: some Collection<UInt8>) {
    starts.append(bytes.count)
    bytes.append(contentsOf: id)
    lengths.append(id.count)
    let tail = bytes.withUnsafeBufferPointer { Self.tail(of: $0[starts.last!...]) }
    tails.append(tail)
    let bucket = Self.bucket(tail)
    chain.append(buckets[bucket])
    buckets[bucket] = Int32(truncatingIfNeeded: count - 1)
  }

  /// True when `text` is the id of key `number`.
  func isID(_ number: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { matches(number, text, Self.tail(of: text[...]), $0) }
  }

  /// The number of the key with id `id`, if there is one.
  func number(of id: UnsafeBufferPointer<UInt8>) -> Int? {
    let tail = Self.tail(of: id[...])
    return bytes.withUnsafeBufferPointer { stored in
      var candidate = Int(buckets[Self.bucket(tail)])
      while candidate >= 0 {
        if matches(candidate, id, tail, stored) { return candidate }
        candidate = Int(chain[candidate])
      }
      return nil
    }
  }

  /// Key `number` is `id`: the same length and tail, and the same bytes
  /// before the tail.
  private func matches(
    _ number: Int, _ id: UnsafeBufferPointer<UInt8>, _ tail: UInt64,
    _ stored: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard lengths[number] == id.count, tails[number] == tail else { return false }
    let start = starts[number]
    for index in 0..<max(0, id.count - 8) where stored[start + index] != id[index] { return false }
    return true
  }

  /// The last eight bytes (or all of fewer) as one word; ids of one length
  /// always take the same branch, so words compare equal only for equal tails.
  private static func tail(of bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
    guard bytes.count >= 8, let base = bytes.base.baseAddress else {
      return bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }
    return UnsafeRawPointer(base + bytes.endIndex - 8).loadUnaligned(as: UInt64.self)
  }

  /// The top bits of the tail times an odd constant, which mixes all its bytes.
  private static func bucket(_ tail: UInt64) -> Int {
    Int(truncatingIfNeeded: (tail &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bucketBits))
  }
}
