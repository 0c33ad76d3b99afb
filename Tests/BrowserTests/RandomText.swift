import GraphFixtures

/// Random text that looks like what hostile data and typing produce: ASCII,
/// CJK, emoji, combining marks, controls, bidirectional overrides and
/// zero-width characters.
enum RandomText {
  private static let ranges: [ClosedRange<UInt32>] = [
    0x20...0x7E, 0x20...0x7E, 0x00...0x1F, 0x7F...0x9F, 0x0300...0x036F, 0x4E00...0x9FFF,
    0x1F300...0x1F6FF, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFF01...0xFF5E,
    0x0590...0x05FF, 0x0E00...0x0E7F, 0x0...0x10FFFF,
  ]

  static func scalar(using generator: inout SplitMix64) -> Unicode.Scalar {
    let range = ranges.randomElement(using: &generator)!
    for _ in 0..<8 {
      if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &generator)) { return scalar }
    }
    return "?"
  }

  static func string(length: Int, using generator: inout SplitMix64) -> String {
    var text = String.UnicodeScalarView()
    for _ in 0..<length { text.append(scalar(using: &generator)) }
    return String(text)
  }

  /// One grapheme cluster: a scalar, sometimes followed by combining marks.
  static func character(using generator: inout SplitMix64) -> Character {
    var text = String(Character(scalar(using: &generator)))
    if Int.random(in: 0..<5, using: &generator) == 0 {
      text.unicodeScalars.append(
        Unicode.Scalar(UInt32.random(in: 0x0300...0x036F, using: &generator))!)
    }
    return text.first ?? "?"
  }
}
