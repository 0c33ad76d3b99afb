import Browser
import CNcursesw

/// Turns what `wget_wch` returns into the browser's `Key`s.
enum KeyDecoder {
  /// A character code: printable text (any script), or a control chord.
  static func key(forCharacter code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 96)))
    case 0..<32, 0x80..<0xA0: return nil
    default: return Unicode.Scalar(code).map { .character(Character($0)) }
    }
  }

  /// A key code from the terminfo key table (arrows, function keys, ...).
  static func key(forKeyCode code: Int32) -> Key? {
    if let named = namedKeys[code] { return named }
    let function = code - kg_key_f0()
    return (1...63).contains(function) ? .function(Int(function)) : nil
  }

  private static let namedKeys: [Int32: Key] = [
    kg_key_up(): .up, kg_key_down(): .down, kg_key_left(): .left, kg_key_right(): .right,
    kg_key_ppage(): .pageUp, kg_key_npage(): .pageDown, kg_key_home(): .home, kg_key_end(): .end,
    kg_key_enter(): .enter, kg_key_backspace(): .backspace, kg_key_dc(): .delete,
    kg_key_btab(): .backTab,
  ]
}
