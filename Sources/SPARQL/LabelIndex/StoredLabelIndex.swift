/// What a label index keeps on disk between sessions: the card lines as
/// fetched (grouped by subject, without repeats) and the endpoint's count of
/// card triples when they were fetched, which a later session compares with
/// a fresh count to tell whether the endpoint changed.
///
/// The encoding is a magic string, a format version, the count, the
/// endpoint's address, the two blocks of lines with their lengths, and a
/// checksum of all that. Anything else — another version, another
/// endpoint, a short or damaged file — decodes to nil, so the caller
/// fetches the index again instead of trusting it.
public struct StoredLabelIndex: Equatable, Sendable {
  /// Raised whenever the encoding changes; older files are then ignored.
  public static let version: UInt32 = 1
  static let magic = Array("kg-label-index\n".utf8)

  /// The card-triple count the endpoint answered when the lines were fetched.
  public let endpointCount: Int
  let cards: [UInt8]
  let typeLabels: [UInt8]

  init(endpointCount: Int, cards: [UInt8], typeLabels: [UInt8]) {
    self.endpointCount = endpointCount
    self.cards = cards
    self.typeLabels = typeLabels
  }

  /// The file's bytes for the endpoint at `address`.
  func encoded(for address: String) -> [UInt8] {
    var bytes = Self.magic
    bytes.reserveCapacity(cards.count + typeLabels.count + address.utf8.count + 64)
    Self.append(UInt64(Self.version), to: &bytes)
    Self.append(UInt64(endpointCount), to: &bytes)
    for block in [Array(address.utf8), cards, typeLabels] {
      Self.append(UInt64(block.count), to: &bytes)
      bytes += block
    }
    Self.append(Self.checksum(bytes[...]), to: &bytes)
    return bytes
  }

  /// The stored index in `bytes`, if they are a whole file of this version
  /// for the endpoint at `address`.
  init?(decoding bytes: [UInt8], for address: String) {
    guard bytes.count >= Self.magic.count + 8, bytes.starts(with: Self.magic) else { return nil }
    let body = bytes[..<(bytes.count - 8)]
    var checksum = StoredBlockReader(bytes: bytes[...], position: body.endIndex)
    guard checksum.word() == Self.checksum(body) else { return nil }
    var reader = StoredBlockReader(bytes: body, position: Self.magic.count)
    guard reader.word() == UInt64(Self.version), let count = reader.word(),
      let endpoint = reader.block(), endpoint.elementsEqual(address.utf8),
      let cards = reader.block(), let typeLabels = reader.block(), reader.isAtEnd,
      count <= UInt64(Int.max)
    else { return nil }
    self.init(endpointCount: Int(count), cards: Array(cards), typeLabels: Array(typeLabels))
  }

  private static func append(_ value: UInt64, to bytes: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
  }

  /// A 64-bit checksum over 8-byte words (FNV-1a's constants, a word at a
  /// time, with a shift to spread high bits): it catches a damaged or cut
  /// file in a few milliseconds for 50 MB; it is no defence against a
  /// file forged on purpose, which is the user's own cache anyway.
  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    bytes.withUnsafeBytes { raw in
      let words = raw.count / 8
      for index in 0..<words {
        hash =
          (hash
            ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)))
          &* 0x0000_0100_0000_01b3
        hash ^= hash >> 29
      }
      for byte in raw[(words * 8)...] { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    }
    return hash ^ UInt64(bytes.count)
  }
}
