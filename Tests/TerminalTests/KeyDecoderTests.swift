import Browser
import CNcursesw
@testable import Terminal
import Testing

@Suite("Key decoding")
struct KeyDecoderTests {
  @Test("Text in any script arrives as characters")
  func text() {
    #expect(KeyDecoder.key(forCharacter: 0x6A) == .character("j"))
    #expect(KeyDecoder.key(forCharacter: 0x963F) == .character("阿"))
    #expect(KeyDecoder.key(forCharacter: 0x1F600) == .character("😀"))
  }

  @Test("Control bytes become chords and editing keys")
  func controls() {
    #expect(KeyDecoder.key(forCharacter: 4) == .control("d"))
    #expect(KeyDecoder.key(forCharacter: 21) == .control("u"))
    #expect(KeyDecoder.key(forCharacter: 12) == .control("l"))
    #expect(KeyDecoder.key(forCharacter: 13) == .enter)
    #expect(KeyDecoder.key(forCharacter: 10) == .enter)
    #expect(KeyDecoder.key(forCharacter: 9) == .tab)
    #expect(KeyDecoder.key(forCharacter: 127) == .backspace)
    #expect(KeyDecoder.key(forCharacter: 8) == .backspace)
    #expect(KeyDecoder.key(forCharacter: 27) == .escape)
  }

  @Test("Other C0 and C1 controls are dropped, never passed on as text")
  func strayControls() {
    for code: UInt32 in [0, 28, 31, 0x80, 0x9B] {
      #expect(KeyDecoder.key(forCharacter: code) == nil)
    }
  }

  @Test("Terminfo key codes map to named keys and function keys")
  func keyCodes() {
    #expect(KeyDecoder.key(forKeyCode: kg_key_up()) == .up)
    #expect(KeyDecoder.key(forKeyCode: kg_key_npage()) == .pageDown)
    #expect(KeyDecoder.key(forKeyCode: kg_key_home()) == .home)
    #expect(KeyDecoder.key(forKeyCode: kg_key_btab()) == .backTab)
    #expect(KeyDecoder.key(forKeyCode: kg_key_backspace()) == .backspace)
    #expect(KeyDecoder.key(forKeyCode: kg_key_f(1)) == .function(1))
    #expect(KeyDecoder.key(forKeyCode: kg_key_f(12)) == .function(12))
    #expect(KeyDecoder.key(forKeyCode: kg_key_resize()) == nil)
  }
}
