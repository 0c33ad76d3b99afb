import Foundation

/// Folds text into the form search compares: lowercase, without diacritics,
/// compatibility-normalized (full-width Latin becomes ASCII, "ﬁ" becomes "fi"),
/// with controls and every kind of whitespace as a plain space, as UTF-8 bytes.
///
/// Folding works scalar by scalar, so the folded form of a string is the
/// concatenation of its scalars' folded forms; that is what lets search map a
/// matched folded byte back to the character it came from. ASCII folds by
/// arithmetic and Chinese ideographs are kept as they are; any other scalar is
/// folded once through Foundation and remembered, so a million names fold fast.
/// The cache makes a folder a per-thread value.
struct TextFolder {
  private var cache: [UInt32: [UInt8]] = [:]

  /// The folded bytes of `text`.
  mutating func fold(_ text: String) -> [UInt8] {
    var text = text
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    text.withUTF8 { append(utf8: $0, to: &output) }
    return output
  }

  /// The folded bytes of `text` and, for each of them, the offset of the
  /// `Character` it came from, to report match positions in the stored text.
  mutating func foldWithCharacterOffsets(_ text: String) -> (bytes: [UInt8], characters: [Int]) {
    var bytes: [UInt8] = []
    var characters: [Int] = []
    for (offset, character) in text.enumerated() {
      for scalar in character.unicodeScalars { appendFolded(scalar, to: &bytes) }
      characters.append(contentsOf: repeatElement(offset, count: bytes.count - characters.count))
    }
    return (bytes, characters)
  }

  /// Appends the folded form of valid UTF-8 `source` to `output`; pure ASCII
  /// is copied in bulk and folded in place.
  mutating func append(utf8 source: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    var union: UInt8 = 0
    for byte in source { union |= byte }
    if union < 0x80 {
      let start = output.count
      output.append(contentsOf: source)
      output.withUnsafeMutableBufferPointer { folded in
        for position in start..<folded.count { folded[position] = Self.foldASCII(folded[position]) }
      }
      return
    }
    var position = 0
    let count = source.count
    while position < count {
      let lead = source[position]
      if lead < 0x80 {
        output.append(Self.foldASCII(lead))
        position += 1
        continue
      }
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      let end = min(position + length, count)
      var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      for index in position + 1..<end { value = value << 6 | UInt32(source[index] & 0x3F) }
      if Self.keepsAsIs(value) {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: source[position..<end]))
      } else if let scalar = Unicode.Scalar(value) {
        appendFolded(scalar, to: &output)
      }
      position = end
    }
  }

  /// Appends the folded form of one scalar.
  mutating func appendFolded(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
    let value = scalar.value
    if value < 0x80 {
      output.append(Self.foldASCII(UInt8(value)))
    } else if Self.keepsAsIs(value) {
      output.append(contentsOf: String(scalar).utf8)
    } else if let known = cache[value] {
      output.append(contentsOf: known)
    } else {
      let folded = Self.foldSlowly(scalar)
      cache[value] = folded
      output.append(contentsOf: folded)
    }
  }

  /// Lowercases ASCII letters and turns controls into spaces.
  @inline(__always)
  static func foldASCII(_ byte: UInt8) -> UInt8 {
    if byte &- 0x41 < 26 { return byte | 0x20 }
    return byte < 0x20 || byte == 0x7F ? 0x20 : byte
  }

  /// Scalars that fold to themselves and are common enough to skip the cache:
  /// CJK ideographs, kana and Hangul syllables.
  @inline(__always)
  static func keepsAsIs(_ value: UInt32) -> Bool {
    (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
      || (0x3041...0x30F6).contains(value) || (0xAC00...0xD7A3).contains(value)
      || (0x20000...0x2A6DF).contains(value)
  }

  private static func foldSlowly(_ scalar: Unicode.Scalar) -> [UInt8] {
    let properties = scalar.properties
    if properties.isWhitespace || properties.generalCategory == .control {
      return [0x20]
    }
    if properties.generalCategory == .format { return [] }
    let decomposed = String(scalar).lowercased().decomposedStringWithCompatibilityMapping
    var output: [UInt8] = []
    for part in decomposed.unicodeScalars {
      switch part.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: continue
      default:
        if part.value < 0x80 {
          output.append(foldASCII(UInt8(part.value)))
        } else if part.properties.isWhitespace {
          output.append(0x20)
        } else {
          output.append(contentsOf: String(part).lowercased().utf8)
        }
      }
    }
    return output
  }
}
