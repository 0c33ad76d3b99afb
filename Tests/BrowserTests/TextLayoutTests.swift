@testable import Browser
import Testing

@Suite struct TextLayoutTests {
  @Test(arguments: [
    ("a", 1), ("中", 2), ("e\u{301}", 1), ("😀", 2), ("👨‍👩‍👧", 2), ("\u{1B}", 0), ("한", 2),
    ("Ａ", 2), ("\u{0378}", 0),
  ])
  func clusterWidths(text: String, width: Int) {
    #expect(DisplayWidth.of(Character(text)) == width)
  }

  @Test func stringWidthSumsClusters() {
    #expect(DisplayWidth.of("阿里巴巴 Group") == 14)
    #expect(DisplayWidth.of("Cafe\u{301}") == 4)
  }

  func drawn(_ text: String, width: Int, columns: Int = 10) -> (String, ScreenBuffer) {
    var canvas = Canvas(size: ScreenSize(columns: columns, rows: 1))
    canvas.draw(StyledText(text), row: 0, column: 0, width: width)
    return (canvas.buffer.text(ofRow: 0), canvas.buffer)
  }

  @Test func truncationNeverSplitsAWideCharacter() {
    #expect(drawn("中文字符", width: 4).0 == "中…       ")
    #expect(drawn("中文字符", width: 5).0 == "中文…     ")
    #expect(drawn("中文字符", width: 8).0 == "中文字符  ")
    #expect(drawn("a中文字符", width: 3).0 == "a…        ")
    #expect(drawn("abc", width: 1).0 == "…         ")
  }

  @Test func aWideCharacterTakesACellAndAContinuation() {
    let (_, buffer) = drawn("中a", width: 10)
    #expect(buffer[0, 0].text == "中")
    #expect(buffer[1, 0].isContinuation)
    #expect(buffer[2, 0].text == "a")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var canvas = Canvas(size: ScreenSize(columns: 6, rows: 1))
    canvas.draw(StyledText("中文字"), row: 0, column: 0, width: 6)
    canvas.draw(StyledText("|"), row: 0, column: 1, width: 1)
    canvas.draw(StyledText("|"), row: 0, column: 4, width: 1)
    #expect(canvas.buffer.text(ofRow: 0) == " |文| ")
    #expect(canvas.buffer.cells.filter(\.isContinuation).count == 1)
  }

  @Test func controlCharactersAreEscapedVisibly() {
    #expect(drawn("a\u{1B}b", width: 10).0 == "a\\u{1B}b  ")
    #expect(drawn("\u{202E}x", width: 10).0 == "\\u{202E}x ")
    #expect(drawn("\u{301}x", width: 10).0 == "\\u{301}x  ")
  }

  @Test func keepingTheEndShortensFromTheLeft() {
    var canvas = Canvas(size: ScreenSize(columns: 10, rows: 1))
    canvas.drawKeepingEnd(StyledText("Alibaba › DAMO"), row: 0, column: 0, width: 10)
    #expect(canvas.buffer.text(ofRow: 0) == "…ba › DAMO")
  }

  @Test func wrappingLaysOutWordsTabsNewlinesAndCJK() {
    #expect(TextWrapper.wrap("one two three", width: 7, maxLines: 10) == ["one two", "three"])
    #expect(TextWrapper.wrap("a\tb\nc", width: 10, maxLines: 10) == ["a   b", "c"])
    #expect(TextWrapper.wrap("中文中文中文", width: 5, maxLines: 10) == ["中文", "中文", "中文"])
    #expect(TextWrapper.wrap("abcdefghij", width: 4, maxLines: 10) == ["abcd", "efgh", "ij"])
    #expect(TextWrapper.wrap("one two three", width: 7, maxLines: 1) == ["one tw…"])
    #expect(TextWrapper.wrap("bell\u{7}", width: 20, maxLines: 2) == ["bell\\u{7}"])
  }

  @Test func longTextIsCutBeforeItIsLaidOut() {
    let huge = String(repeating: "word ", count: 200_000)
    let lines = TextWrapper.wrap(huge, width: 40, maxLines: 3)
    #expect(lines.count == 3)
    #expect(lines.last?.hasSuffix("…") == true)
  }
}
