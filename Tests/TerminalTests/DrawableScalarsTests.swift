@testable import Terminal
import Testing

@Suite("Cells sent to ncurses")
struct DrawableScalarsTests {
  init() { TerminalLocale.activate() }

  @Test("A wide character is drawn only when its continuation cell follows")
  func wideCharacters() {
    #expect(CursesScreen.drawableScalars(of: "阿", hasRoomForWide: true) == ["阿"])
    #expect(CursesScreen.drawableScalars(of: "阿", hasRoomForWide: false) == [" "])
  }

  @Test("Combining marks travel with their base; a cell with no width of its own is replaced")
  func combiningMarks() {
    #expect(
      CursesScreen.drawableScalars(of: "e\u{301}", hasRoomForWide: false) == ["e", "\u{301}"])
    #expect(CursesScreen.drawableScalars(of: "\u{301}", hasRoomForWide: false) == ["\u{FFFD}"])
    #expect(CursesScreen.drawableScalars(of: "", hasRoomForWide: false) == [" "])
  }
}
