/// A 256-bit set of the adjacent byte pairs and triples in an entity's
/// names, aliases and id, plus a 64-bit set of the byte pairs that begin its
/// words and fields, and a 64-bit set of the bytes and pairs that begin its fields.
///
/// A term can match contiguously (substring kind or better) only in an
/// entity holding all its adjacent triples (or its pair, for two bytes), so
/// these bits pick the entities worth evaluating first. A term can sit at a
/// word start only where its first two bytes begin a word, which bounds the
/// score of entities without that pair.
struct ContiguousSignature: Sendable {
  var grams = SignatureBits()
  var startPairs: UInt64 = 0
  /// The first byte (`fieldStartChar`) and first two bytes (`startPair`) of each field.
  var fieldStarts: UInt64 = 0

  /// Adds the grams and word-start pairs of one folded field.
  mutating func add(_ field: UnsafeBufferPointer<UInt8>) {
    let count = field.count
    if count >= 1 { fieldStarts |= 1 << UInt64(Self.fieldStartChar(field[0])) }
    if count >= 2 { fieldStarts |= 1 << UInt64(Self.startPair(field[0], field[1])) }
    for position in 0..<count where position == 0 || MatchScoring.isWordStart(field, at: position) {
      if position + 1 < count {
        startPairs |= 1 << UInt64(Self.startPair(field[position], field[position + 1]))
      }
    }
    guard count >= 2 else { return }
    for position in 0..<count - 1 {
      grams.insert(Self.gram(field[position], field[position + 1]))
      if position + 2 < count {
        grams.insert(Self.gram(field[position], field[position + 1], field[position + 2]))
      }
    }
  }

  /// The bit number, 0..<256, of an adjacent pair.
  @inline(__always)
  static func gram(_ first: UInt8, _ second: UInt8) -> Int {
    Int((UInt32(first) &* 0x2C1B_3C6D ^ UInt32(second) &* 0x297A_2D39) >> 24)
  }

  /// The bit number, 0..<256, of an adjacent triple.
  @inline(__always)
  static func gram(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
    Int(
      (UInt32(first) &* 0x9E37_79B1 ^ UInt32(second) &* 0x85EB_CA77 ^ UInt32(third) &* 0xC2B2_AE3D)
        >> 24)
  }

  /// The bit number, 0..<64, of a pair that begins a word or field.
  @inline(__always)
  static func startPair(_ first: UInt8, _ second: UInt8) -> Int {
    Int((UInt32(first) &* 0x27D4_EB2F ^ UInt32(second) &* 0x1656_67B1) >> 26)
  }

  /// The bit number, 0..<64, of a byte that begins a field.
  @inline(__always)
  static func fieldStartChar(_ byte: UInt8) -> Int { Int((UInt32(byte) &* 0x9E37_79B1) >> 26) }

  /// The gram numbers a term needs to occur contiguously: its pair, or all its triples.
  static func grams(of term: [UInt8]) -> [Int] {
    guard term.count >= 2 else { return [] }
    if term.count == 2 { return [gram(term[0], term[1])] }
    var result: [Int] = []
    for position in 0..<term.count - 2 {
      let bit = gram(term[position], term[position + 1], term[position + 2])
      if !result.contains(bit) { result.append(bit) }
    }
    return result
  }
}
