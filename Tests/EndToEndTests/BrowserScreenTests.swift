import Testing

/// The real `kg` binary in an 80x24 tmux pane: what the user sees while
/// browsing, following relations, going back and forward, and resizing.
@Suite("Browser screens in tmux")
struct BrowserScreenTests {
  @Test("The first screen shows the dataset and its entities, and q exits 0")
  func firstScreen() throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.aurora.id]))
    let screen = try run.tmux.screen { $0.contains(Fixture.aurora.name) }
    try #require(screen != nil, "no first screen:\n\(run.tmux.lastScreen)")
    #expect(screen?.contains(Fixture.title) == true, "no title:\n\(run.tmux.lastScreen)")
    #expect(screen?.contains(Fixture.ember.name) == true, "entity list incomplete")
    try run.tmux.press("q")
    #expect(run.exitStatus() == 0)
    try TerminalState.expectRestored(run)
  }

  @Test("Chinese aliases reach the screen intact")
  func chineseAlias() throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.aurora.id]))
    let screen = try run.tmux.screen(containing: Fixture.auroraAlias)
    #expect(screen != nil, "alias not shown:\n\(run.tmux.lastScreen)")
    try run.tmux.press("q")
    #expect(run.exitStatus() == 0)
  }

  @Test("The breadcrumb grows as relations are followed; [ and ] step through history")
  func breadcrumbBackAndForward() throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.aurora.id]))
    let tmux = run.tmux
    try #require(
      try tmux.screen(containing: Fixture.aurora.marker) != nil, "\(tmux.lastScreen)")

    // --open starts with the detail pane focused on the entity's first relation.
    try tmux.press("Enter")
    let first = [Fixture.aurora.name, Fixture.borealis.name].joined(
      separator: Fixture.breadcrumbSeparator)
    try #require(
      try tmux.screen {
        Self.header($0).contains(first) && $0.contains(Fixture.borealis.marker)
      }
        != nil, "following the first relation did not reach Borealis:\n\(tmux.lastScreen)")

    try tmux.press("Enter")
    #expect(
      try tmux.screen {
        Self.header($0).contains(Fixture.cascade.name) && $0.contains(Fixture.cascade.marker)
      }
        != nil, "following again did not reach Cascade:\n\(tmux.lastScreen)")

    try tmux.type("[")
    #expect(
      try tmux.screen { Self.shows(Fixture.borealis, on: $0) } != nil,
      "[ did not go back to Borealis:\n\(tmux.lastScreen)")
    try tmux.type("[")
    #expect(
      try tmux.screen { Self.shows(Fixture.aurora, on: $0) } != nil,
      "[ did not go back to Aurora:\n\(tmux.lastScreen)")
    try tmux.type("]")
    #expect(
      try tmux.screen { Self.shows(Fixture.borealis, on: $0) } != nil,
      "] did not go forward to Borealis:\n\(tmux.lastScreen)")

    try tmux.press("q")
    #expect(run.exitStatus() == 0)
  }

  @Test("Resizing to 40x15 and back keeps the entity")
  func resizeKeepsEntity() throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.borealis.id]))
    let tmux = run.tmux
    try #require(
      try tmux.screen(containing: Fixture.borealis.marker) != nil, "\(tmux.lastScreen)")

    try tmux.resize(width: 40, height: 15)
    let narrow = try tmux.screen { screen in
      Self.lines(of: screen).count <= 15 && screen.contains("Borealis")
        && Self.lines(of: screen).allSatisfy { $0.count <= 40 }
    }
    #expect(narrow != nil, "40x15 screen lost Borealis:\n\(tmux.lastScreen)")

    try tmux.resize(width: 80, height: 24)
    #expect(
      try tmux.screen(containing: Fixture.borealis.marker) != nil,
      "back at 80x24 the entity changed:\n\(tmux.lastScreen)")
    try tmux.press("q")
    #expect(run.exitStatus() == 0)
  }

  @Test("Drawing only the changed cells leaves the same screen, colours included, as a full redraw")
  func incrementalDrawingMatchesFullRedraw() throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.aurora.id]))
    let tmux = run.tmux
    try #require(try tmux.screen(containing: Fixture.auroraAlias) != nil)
    try tmux.press("Enter")
    try #require(try tmux.screen(containing: Fixture.borealis.marker) != nil)
    try tmux.type("[")
    try #require(try tmux.screen { Self.shows(Fixture.aurora, on: $0) } != nil)
    let incremental = try #require(try Self.settledAttributes(tmux))
    try tmux.press("C-l")
    let redrawn = try #require(try Self.settledAttributes(tmux))
    #expect(incremental == redrawn)
    try tmux.press("q")
    #expect(run.exitStatus() == 0)
  }

  /// The screen with attributes once two reads in a row agree.
  static func settledAttributes(_ tmux: TmuxSession) throws -> String? {
    var previous = ""
    return try Polling.value {
      let current = try tmux.screenWithAttributes()
      defer { previous = current }
      return current == previous ? current : nil
    }
  }

  @Test("--open with an unknown id says so in one line, suggests the closest id, and exits 2")
  func openUnknownID() throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", "borealsi"]) + " 2> \"$record/err\"")
    #expect(run.exitStatus() == 2)
    let message = try run.file("err")
    #expect(message.split(separator: "\n").count == 1, "not one line: \(message)")
    #expect(message.hasPrefix("kg: ") && message.contains("borealsi"), "\(message)")
    #expect(message.contains("\"\(Fixture.borealis.id)\""), "no suggestion: \(message)")
    try TerminalState.expectRestored(run)
  }

  /// True when the detail pane shows this entity and no other chain entity.
  static func shows(_ entity: Fixture.Entity, on screen: String) -> Bool {
    let others = [Fixture.aurora, Fixture.borealis, Fixture.cascade].filter { $0.id != entity.id }
    return screen.contains(entity.marker) && others.allSatisfy { !screen.contains($0.marker) }
  }

  static func header(_ screen: String) -> String {
    String(lines(of: screen).first ?? "")
  }

  /// The screen's rows; `capture-pane` ends the last one with a newline.
  static func lines(of screen: String) -> [Substring] {
    var rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
    if rows.last?.isEmpty == true { rows.removeLast() }
    return rows
  }
}
