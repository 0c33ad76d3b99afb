#if canImport(Glibc)
  import Glibc
#endif

/// How many terminal columns text occupies, measured the way ncurses measures it.
///
/// The layout must agree with what the terminal draws, or columns drift and
/// rows wrap. ncurses uses libc `wcwidth`, so this does too: a grapheme
/// cluster is as wide as its widest scalar (never the sum, so a combining
/// accent adds nothing and a ZWJ emoji sequence stays 2 wide). Widths come
/// from a UTF-8 locale whatever the process locale is, so tests and a
/// freshly started process measure alike.
public enum DisplayWidth {
  /// Columns for one grapheme cluster: 0 for one that draws nothing
  /// (controls, unassigned code points), 1 for most text, 2 for CJK and emoji.
  public static func of(_ character: Character) -> Int {
    if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
    var width = 0
    for scalar in character.unicodeScalars {
      width = max(width, of(scalar))
      if width == 2 { break }
    }
    return width
  }

  /// Columns for a string: the sum over its grapheme clusters.
  public static func of(_ text: String) -> Int {
    var width = 0
    for character in text { width += of(character) }
    return width
  }

  /// Columns for one scalar; negative libc answers (non-printable) count as 0.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if value < 0x10000 { return Int(WidthTable.shared.basicPlane[Int(value)]) }
    return WidthTable.shared.width(of: value)
  }
}
