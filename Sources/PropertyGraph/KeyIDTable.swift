/// A few ids as bytes, for finding the one of each of millions of elements
/// without a `String` or a hash: the keys of a GraphML file, the relation
/// types of most graphs.
///
/// Files declare few keys. Each id is kept with its length and its last
/// eight bytes as one word, so most keys that are not the one sought are
/// passed over with two comparisons, even ids like `node.type` and
/// `edge.type` that share most of their bytes.
struct KeyIDTable: Sendable {
  private var bytes: [UInt8] = []
  private var starts: [Int] = []
  private var lengths: [Int] = []
  private var tails: [UInt64] = []

  var count: Int { starts.count }

  mutating func append(_ id: some Collection<UInt8>) {
    starts.append(bytes.count)
    bytes.append(contentsOf: id)
    lengths.append(id.count)
    tails.append(bytes.withUnsafeBufferPointer { Self.tail(of: $0[starts.last!...]) })
  }

  /// True when `text` is the id of key `number`.
  func isID(_ number: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { matches(number, text, Self.tail(of: text[...]), $0) }
  }

  /// The number of the key with id `id`. The search starts at the key
  /// after `previous`, the key of the data read last: writers put the data
  /// of an element in the order of their keys, so the key is found at once.
  func number(of id: UnsafeBufferPointer<UInt8>, after previous: Int) -> Int? {
    let tail = Self.tail(of: id[...])
    return bytes.withUnsafeBufferPointer { stored in
      let first = min(previous + 1, count)
      for number in first..<count where matches(number, id, tail, stored) { return number }
      for number in 0..<first where matches(number, id, tail, stored) { return number }
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

}
