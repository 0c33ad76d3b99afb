/// Makes dataset text safe to print on a terminal.
///
/// Data must never control the terminal: an ESC sequence in a name must not
/// clear the screen or set the window title. Every character that a terminal
/// would interpret, or that would hide or reorder text, is shown instead with
/// one convention, `\u{XX}` (hex scalar value), e.g. ESC becomes `\u{1B}`:
/// - C0 controls (U+0000–U+001F) other than the allowed layout characters,
///   DEL (U+007F) and C1 controls (U+0080–U+009F);
/// - bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069);
/// - zero-width and invisible format characters (U+200B–U+200D, U+2060–U+2064, U+FEFF);
/// - a combining mark with no base character to attach to.
public enum TerminalSafeText {
  /// Escapes everything unsafe, and also tab and newline, for one-line fields.
  public static func singleLine(_ text: String) -> String {
    escape(text, keepingLayout: false)
  }

  /// Escapes everything unsafe but keeps tab and newline, which a caller lays out.
  public static func multiLine(_ text: String) -> String {
    escape(text, keepingLayout: true)
  }

  /// True when `singleLine` would return the text unchanged; lets hot paths skip the copy.
  ///
  /// Every line the browser draws asks this, so the common cases are
  /// decided without splitting the text into characters: printable ASCII
  /// from its bytes, and other text from its scalars, since a character can
  /// only start with a lone mark if some scalar is a combining mark.
  public static func isSafe(_ text: String) -> Bool {
    if isPrintableASCII(text) { return true }
    var hasMark = false
    for scalar in text.unicodeScalars {
      if needsEscape(scalar, keepingLayout: false) { return false }
      if !hasMark, mayBeMark(scalar) { hasMark = scalar.properties.generalCategory.isCombiningMark }
    }
    return !hasMark || !text.contains(where: startsWithLoneMark)
  }

  /// Whether every byte of `text` is printable ASCII (U+0020–U+007E).
  public static func isPrintableASCII(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.allSatisfy { $0 &- 0x20 < 0x5F }
    } ?? text.utf8.allSatisfy { $0 &- 0x20 < 0x5F }
  }

  /// False for the scalars no combining mark is among: below U+0300, CJK
  /// ideographs and Hangul syllables, so most text skips the category lookup.
  private static func mayBeMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x300, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: false
    default: true
    }
  }

  static func escape(_ text: String, keepingLayout: Bool) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      if startsWithLoneMark(character)
        || character.unicodeScalars.contains(where: {
          needsEscape($0, keepingLayout: keepingLayout)
        })
      {
        for scalar in character.unicodeScalars {
          let isLoneMark = scalar.properties.generalCategory.isCombiningMark
          if needsEscape(scalar, keepingLayout: keepingLayout) || isLoneMark {
            result += visible(scalar)
          } else {
            result.unicodeScalars.append(scalar)
          }
        }
      } else {
        result.append(character)
      }
    }
    return result
  }

  static func needsEscape(_ scalar: Unicode.Scalar, keepingLayout: Bool) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: !keepingLayout
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
    default: false
    }
  }

  private static func startsWithLoneMark(_ character: Character) -> Bool {
    character.unicodeScalars.first?.properties.generalCategory.isCombiningMark ?? false
  }

  private static func visible(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }
}

extension Unicode.GeneralCategory {
  fileprivate var isCombiningMark: Bool {
    self == .nonspacingMark || self == .spacingMark || self == .enclosingMark
  }
}
