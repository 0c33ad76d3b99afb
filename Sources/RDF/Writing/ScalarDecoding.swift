/// Reads Unicode scalars out of UTF-8 that is valid by construction, as all
/// text in a graph is, without going through `String`.
enum ScalarDecoding {
  /// The scalar that starts at `index`, and how many bytes it takes.
  static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    value: UInt32, length: Int
  ) {
    let lead = bytes[index]
    guard lead >= 0x80 else { return (UInt32(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    let available = min(length, bytes.count - index)
    var value = UInt32(lead) & (0x7F >> UInt32(length))
    for offset in 1..<max(available, 1) {
      value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
    }
    return (value, available)
  }

  /// Runs `body` over the UTF-8 of `text` without copying a native string.
  static func withUTF8<Result>(
    _ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    var text = text
    return text.withUTF8(body)
  }
}
