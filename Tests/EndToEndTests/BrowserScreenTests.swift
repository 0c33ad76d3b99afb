import Testing

/// The real `kg` binary in an 80x24 tmux pane: what the user sees while
/// browsing, following relations, going back and forward, and resizing.
@Suite("Browser screens in tmux")
struct BrowserScreenTests {
  @Test("The first screen shows the dataset and its entities, and q exits 0")
  func firstScreen() async throws {
    let run = try TerminalRun(Shell.kgOnFixture())
    let screen = try await run.tmux.screen { $0.contains(Fixture.aurora.name) }
    try #require(screen != nil, "no first screen:\n\(run.tmux.lastScreen)")
    #expect(screen?.contains(Fixture.title) == true, "no title:\n\(run.tmux.lastScreen)")
    #expect(screen?.contains(Fixture.ember.name) == true, "entity list incomplete")
    try await run.tmux.press("q")
    #expect(await run.exitStatus() == 0)
    try await TerminalState.expectRestored(run)
  }

  @Test("Chinese aliases reach the screen intact")
  func chineseAlias() async throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.aurora.id]))
    let screen = try await run.tmux.screen(containing: Fixture.auroraAlias)
    #expect(screen != nil, "alias not shown:\n\(run.tmux.lastScreen)")
    try await run.tmux.press("q")
    #expect(await run.exitStatus() == 0)
  }

  @Test("The breadcrumb grows as relations are followed; [ and ] step through history")
  func breadcrumbBackAndForward() async throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.aurora.id]))
    let tmux = run.tmux
    try #require(
      try await tmux.screen(containing: Fixture.aurora.marker) != nil, "\(tmux.lastScreen)")

    // --open starts with the detail pane focused on the entity's first relation.
    try await tmux.press("Enter")
    let first = [Fixture.aurora.name, Fixture.borealis.name].joined(
      separator: Fixture.breadcrumbSeparator)
    try #require(
      try await tmux.screen {
        Self.header($0).contains(first) && $0.contains(Fixture.borealis.marker)
      }
        != nil, "following the first relation did not reach Borealis:\n\(tmux.lastScreen)")

    try await tmux.press("Enter")
    #expect(
      try await tmux.screen {
        Self.header($0).contains(Fixture.cascade.name) && $0.contains(Fixture.cascade.marker)
      }
        != nil, "following again did not reach Cascade:\n\(tmux.lastScreen)")

    try await tmux.type("[")
    #expect(
      try await tmux.screen { Self.shows(Fixture.borealis, on: $0) } != nil,
      "[ did not go back to Borealis:\n\(tmux.lastScreen)")
    try await tmux.type("[")
    #expect(
      try await tmux.screen { Self.shows(Fixture.aurora, on: $0) } != nil,
      "[ did not go back to Aurora:\n\(tmux.lastScreen)")
    try await tmux.type("]")
    #expect(
      try await tmux.screen { Self.shows(Fixture.borealis, on: $0) } != nil,
      "] did not go forward to Borealis:\n\(tmux.lastScreen)")

    try await tmux.press("q")
    #expect(await run.exitStatus() == 0)
  }

  @Test("Resizing to 40x15 and back keeps the entity")
  func resizeKeepsEntity() async throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", Fixture.borealis.id]))
    let tmux = run.tmux
    try #require(
      try await tmux.screen(containing: Fixture.borealis.marker) != nil, "\(tmux.lastScreen)")

    try await tmux.resize(width: 40, height: 15)
    let narrow = try await tmux.screen { screen in
      Self.lines(of: screen).count <= 15 && screen.contains("Borealis")
        && Self.lines(of: screen).allSatisfy { $0.count <= 40 }
    }
    #expect(narrow != nil, "40x15 screen lost Borealis:\n\(tmux.lastScreen)")

    try await tmux.resize(width: 80, height: 24)
    #expect(
      try await tmux.screen(containing: Fixture.borealis.marker) != nil,
      "back at 80x24 the entity changed:\n\(tmux.lastScreen)")
    try await tmux.press("q")
    #expect(await run.exitStatus() == 0)
  }

  @Test("--open with an unknown id says so in one line, suggests the closest id, and exits 2")
  func openUnknownID() async throws {
    let run = try TerminalRun(Shell.kgOnFixture(["--open", "borealsi"]) + " 2> \"$record/err\"")
    #expect(await run.exitStatus() == 2)
    let message = try run.file("err")
    #expect(message.split(separator: "\n").count == 1, "not one line: \(message)")
    #expect(message.hasPrefix("kg: ") && message.contains("borealsi"), "\(message)")
    #expect(message.contains("\"\(Fixture.borealis.id)\""), "no suggestion: \(message)")
    try await TerminalState.expectRestored(run)
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
