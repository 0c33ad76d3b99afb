/// A JSON key of up to sixteen bytes held in two words with its length, so
/// that the parser recognizes the format's field names by comparing integers.
struct PackedKey: Equatable {
  static let capacity = 16

  private let length: Int
  private let low: UInt64
  private let high: UInt64

  /// Packs `bytes`, which must be at most `capacity` long.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var words: (UInt64, UInt64) = (0, 0)
    for (index, byte) in bytes.prefix(Self.capacity).enumerated() {
      let shifted = UInt64(byte) << (UInt64(index % 8) * 8)
      if index < 8 { words.0 |= shifted } else { words.1 |= shifted }
    }
    length = bytes.count
    (low, high) = words
  }
}
