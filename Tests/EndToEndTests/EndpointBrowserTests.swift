import TestEndpoints
import Testing

/// The real `kg` browsing a real Oxigraph endpoint in a tmux pane: the
/// search prompt first, pages fetched as they are opened, back from
/// history, and the same card the file's browser shows.
@Suite("The browser on a SPARQL endpoint in tmux")
struct EndpointBrowserTests {
  func fixture() throws -> EndpointFixture { try EndpointFixture.shared.get() }

  @Test("Search, open, follow and go back over the endpoint, then q exits 0")
  func browseTheEndpoint() throws {
    let run = try TerminalRun(Shell.kg(["--sparql", fixture().url]), width: 100, height: 30)
    let tmux = run.tmux
    try #require(
      try tmux.screen { $0.contains("127.0.0.1:") && $0.contains(" / ") } != nil,
      "no search prompt:\n\(tmux.lastScreen)")
    try tmux.type("alimama")
    try #require(
      try tmux.screen(containing: "Alibaba's advertising and marketing arm") != nil,
      "no search result with its preview:\n\(tmux.lastScreen)")
    try tmux.press("Enter")
    try #require(
      try tmux.screen { $0.contains("subsidiary of (1)") && $0.contains("operates (1)") } != nil,
      "the page did not come:\n\(tmux.lastScreen)")
    try tmux.press("Down", "Enter")
    let followed = try tmux.screen {
      Self.header($0).contains("Alimama › ") && !$0.contains("loading…")
    }
    try #require(followed != nil, "following a relation did not open its page:\n\(tmux.lastScreen)")
    try tmux.press("Left")
    #expect(
      try tmux.screen { Self.header($0).hasSuffix("Alimama") && $0.contains("subsidiary of (1)") }
        != nil, "back did not show Alimama again:\n\(tmux.lastScreen)")
    try tmux.press("q")
    #expect(run.exitStatus() == 0)
    try TerminalState.expectRestored(run)
  }

  @Test("--open shows the card the file's browser shows")
  func sameCardAsTheFile() throws {
    let iri = "https://kg.invalid/entity/pku"
    let endpoint = try TerminalRun(
      Shell.kg(["--sparql", fixture().url, "--open", iri]), width: 100, height: 30)
    let file = try TerminalRun(
      Shell.kg(["--data", fixture().file, "--open", iri]), width: 100, height: 30)
    let card = [
      "Peking University", "University · https://kg.invalid/entity/pku",
      "A leading public research university in Beijing. It runs the",
      "aliases               PKU · 北京大学 · 北大", "https://kg.invalid/…  1898",
      "https://kg.invalid/…  https://www.pku.edu.cn", "based in (1)", "partner of (2)",
      "7 relations",
    ]
    for run in [file, endpoint] {
      #expect(
        try run.tmux.screen { screen in card.allSatisfy { screen.contains($0) } } != nil,
        "the card differs:\n\(run.tmux.lastScreen)")
      try run.tmux.press("q")
      #expect(run.exitStatus() == 0)
    }
  }

  @Test(
    "The endpoint killed mid-browse: pages seen still show, a new one says why, and Ctrl-L loads it after a restart"
  )
  func endpointKilledAndRestarted() throws {
    let server = try OxigraphEndpoint(loading: fixture().file, ownServer: true)
    let run = try TerminalRun(
      Shell.kg([
        "--sparql", server.url.absoluteString, "--open", "https://kg.invalid/entity/alimama",
      ]), width: 100, height: 30)
    let tmux = run.tmux
    try #require(
      try tmux.screen(containing: "subsidiary of (1)") != nil, "no page:\n\(tmux.lastScreen)")
    try server.kill()
    try tmux.press("Enter")
    try #require(
      try tmux.screen { $0.contains("Could not load this page: cannot reach 127.0.0.1") } != nil,
      "no failure shown:\n\(tmux.lastScreen)")
    try tmux.press("Left")
    #expect(
      try tmux.screen { $0.contains("subsidiary of (1)") && !$0.contains("Could not load") }
        != nil, "the page seen before did not show:\n\(tmux.lastScreen)")
    try tmux.type("]")
    try #require(
      try tmux.screen(containing: "Could not load this page") != nil,
      "forward did not try again:\n\(tmux.lastScreen)")
    try server.restart()
    try tmux.press("C-l")
    #expect(
      try tmux.screen { !$0.contains("Could not load") && $0.contains("relation") } != nil,
      "Ctrl-L did not load the page after the restart:\n\(tmux.lastScreen)")
    try tmux.press("q")
    #expect(run.exitStatus() == 0)
    try TerminalState.expectRestored(run)
  }

  @Test("An endpoint that is down shows why in the status line, and q still exits 0")
  func endpointDown() throws {
    let run = try TerminalRun(
      Shell.kg(["--sparql", "http://127.0.0.1:9/query"]), width: 100, height: 30)
    try run.tmux.type("alibaba")
    #expect(
      try run.tmux.screen { $0.contains("127.0.0.1:9") && $0.contains("refused") } != nil,
      "no failure shown:\n\(run.tmux.lastScreen)")
    try run.tmux.press("Escape", "q")
    #expect(run.exitStatus() == 0)
    try TerminalState.expectRestored(run)
  }

  @Test("The label index is kept in the XDG cache directory, and --no-cache keeps none")
  func labelIndexFile() throws {
    let home = StateHome.fresh()
    let kept = "cache/kg/label-index"
    for (arguments, files) in [(["--no-cache"], 0), ([], 1)] {
      let run = try TerminalRun(
        Shell.kg(["--sparql", fixture().url] + arguments, environment: home.environment),
        width: 100, height: 30)
      try Self.searchUntilTheIndexAnswers(run.tmux)
      try run.tmux.press("Escape", "q")
      #expect(run.exitStatus() == 0)
      #expect(home.files(in: kept).count == files, "\(arguments): \(home.files(in: kept))")
    }
  }

  /// Types a type filter alone, which only the label index answers (with
  /// `CONTAINS` it has no word to look for), again until a company shows:
  /// the index is then ready, and written if it is to be.
  static func searchUntilTheIndexAnswers(_ tmux: TmuxSession) throws {
    try #require(
      try tmux.screen(containing: " / ") != nil, "no search prompt:\n\(tmux.lastScreen)")
    try tmux.type("type:Compan")
    let answered = try Polling.until {
      try tmux.type("y")
      if try tmux.screen(within: .seconds(1), where: { $0.contains("Alimama") }) != nil {
        return true
      }
      try tmux.press("BSpace")
      return false
    }
    try #require(answered, "the label index never answered:\n\(tmux.lastScreen)")
  }

  static func header(_ screen: String) -> String {
    String(screen.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
      .trimmingCharacters(in: .whitespaces)
  }
}
