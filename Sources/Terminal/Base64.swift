/// Standard base64 with padding (RFC 4648), for OSC 52 clipboard payloads.
enum Base64 {
  private static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  static func encode(_ bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
      let chunk = bytes[index..<min(index + 3, bytes.count)]
      let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.1) << (16 - 8 * $1.0) }
      for position in 0..<4 {
        let sextet = Int((value >> (18 - 6 * position)) & 0x3F)
        output.append(position <= chunk.count ? alphabet[sextet] : UInt8(ascii: "="))
      }
      index += 3
    }
    return output
  }
}
