/// Reads a stored label index's fields in order, each a little-endian
/// 64-bit word or a block prefixed with its length; every read is checked
/// against the end, so a cut or damaged file gives nil, never a crash.
struct StoredBlockReader {
  let bytes: ArraySlice<UInt8>
  var position: Int

  var isAtEnd: Bool { position == bytes.endIndex }

  mutating func word() -> UInt64? {
    guard position <= bytes.endIndex - 8 else { return nil }
    var value: UInt64 = 0
    for offset in (0..<8).reversed() { value = value << 8 | UInt64(bytes[position + offset]) }
    position += 8
    return value
  }

  mutating func block() -> ArraySlice<UInt8>? {
    guard let length = word(), length <= UInt64(bytes.endIndex - position) else { return nil }
    let end = position + Int(length)
    defer { position = end }
    return bytes[position..<end]
  }
}
