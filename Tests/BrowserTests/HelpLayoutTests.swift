@testable import Browser
import KnowledgeGraph
import Testing

@Suite struct HelpLayoutTests {
  static func help(_ size: ScreenSize) -> String {
    Screens.render(Screens.state(size: size, keys: [.character("?")])).text
  }

  @Test(arguments: [
    ScreenSize(columns: 80, rows: 24), ScreenSize(columns: 100, rows: 24),
    ScreenSize(columns: 120, rows: 40),
  ])
  func everyKeyShowsWithoutScrolling(size: ScreenSize) {
    let screen = Self.help(size)
    for section in HelpContent.sections {
      #expect(screen.contains(section.title), "\(section.title) missing at \(size)")
      for binding in section.bindings {
        #expect(screen.contains(binding.action), "\(binding.action) missing at \(size)")
      }
    }
  }

  @Test func theMostUsedKeysComeFirst() {
    let rows = Self.help(ScreenSize(columns: 80, rows: 24)).split(separator: "\n")
    let first = rows.firstIndex { $0.contains("Most used") }!
    #expect(rows[first + 1].contains("move"))
    #expect(rows[first + 5].contains("q") && rows[first + 5].contains("quit"))
  }

  @Test func twoColumnsFromAHundredColumns() {
    let geometry80 = HelpGeometry(
      HelpOverlay(), layout: ScreenLayout(size: ScreenSize(columns: 99, rows: 24), focus: .list))
    #expect(geometry80.columns.count == 1)
    let geometry100 = HelpGeometry(
      HelpOverlay(), layout: ScreenLayout(size: ScreenSize(columns: 100, rows: 24), focus: .list))
    #expect(geometry100.columns.count == 2)
    let row = Self.help(ScreenSize(columns: 120, rows: 40)).split(separator: "\n").first {
      $0.contains("Most used")
    }
    #expect(row?.contains("More") == true)
  }

  @Test func filteringKeepsWorking() {
    let state = Screens.state(
      size: ScreenSize(columns: 80, rows: 24),
      keys: [.character("?"), .character("/")]
        + Screens.type("book"))
    let screen = Screens.render(state).text
    #expect(screen.contains("bookmark / bookmark list"))
    #expect(!screen.contains("first / last line"))
    #expect(screen.contains("/book"))
  }
}
