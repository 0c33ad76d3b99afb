@testable import RDF
import Testing

struct TerminalSafeTextTests {
  @Test func ordinaryTextPassesThrough() {
    #expect(TerminalSafeText.escape("Größe 😀 <x>") == "Größe 😀 <x>")
  }

  @Test func controlAndBidiCharactersAreEscaped() {
    #expect(TerminalSafeText.escape("a\u{1B}[2Jb\u{202E}c\t") == "a\\u{1B}[2Jb\\u{202E}c\\u{9}")
  }

  @Test func invalidUTF8IsShownAsReplacement() {
    #expect(TerminalSafeText.escape([0x61, 0xFF, 0x62]) == "a\\u{FFFD}b")
  }
}
