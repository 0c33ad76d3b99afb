@testable import Browser
import KnowledgeGraph
import Testing

@Suite struct CommandLineTests {
  static func run(_ line: String, from start: String? = "alibaba") -> (
    BrowserState, [BrowserEffect]
  ) {
    var state = HomeScreens.state(start: start)
    let effects = Screens.send([.character(":")] + Screens.type(line) + [.enter], to: &state)
    return (state, effects)
  }

  @Test(arguments: [
    ("open pku", BrowserCommand.open("pku")),
    ("o Peking University", .open("Peking University")),
    ("path smic \"Alimama\"", .path(from: "smic", to: "Alimama")),
    ("path alimama", .path(from: nil, to: "alimama")),
    ("filter 'located in' operates", .filter(["located in", "operates"])),
    ("filter", .filter([])),
    ("export dot out.dot --depth 2", .export(.dot, path: "out.dot", depth: 2)),
    ("export graphml g.xml", .export(.graphml, path: "g.xml", depth: 1)),
    ("export ttl pku.ttl", .export(.ttl, path: "pku.ttl", depth: 1)),
    ("bookmark", .bookmark), ("home", .home), ("help", .help),
    ("set lang zh, en", .setLanguages(["zh"])), ("set lang zh,en", .setLanguages(["zh", "en"])),
  ])
  func parses(line: String, command: BrowserCommand) throws {
    if line == "set lang zh, en" {
      #expect(throws: CommandError.self) { try CommandParser.parse(line).get() }
      return
    }
    #expect(try CommandParser.parse(line).get() == command)
  }

  @Test(arguments: [
    (
      "frobnicate",
      "unknown command \"frobnicate\"; commands: open, path, filter, export, bookmark, home, set, help"
    ),
    (
      "h",
      "ambiguous command \"h\"; commands: open, path, filter, export, bookmark, home, set, help"
    ),
    ("open", "usage: open ID-or-name"),
    ("export png x.png", "unknown format \"png\"; formats: dot, graphml, json, nt, ttl"),
    ("export dot x --depth -1", "--depth takes a number from 0 to 6"),
    ("export dot", "usage: export dot|graphml|json|nt|ttl FILE --depth N"),
    ("home now", "home takes no arguments"),
    ("set colour red", "usage: set lang zh,en"),
  ])
  func badCommandsSayWhatIsWrong(line: String, message: String) {
    let (state, effects) = Self.run(line)
    #expect(effects.isEmpty)
    #expect(state.message == message)
    #expect(state.command == nil)
  }

  @Test func openFindsByIdOrNameAndSuggestsOtherwise() {
    #expect(Self.run("open pku").0.currentEntity == Fixture.entity("pku"))
    #expect(Self.run("open \"Peking University\"").0.currentEntity == Fixture.entity("pku"))
    let (state, _) = Self.run("open alibabba")
    #expect(state.message?.hasPrefix("no entity \"alibabba\"; did you mean Alibaba Group") == true)
    #expect(Self.run("open ali").0.message == "\"ali\" matches 3 entities; / searches them all")
  }

  @Test func pathAndExportAndLanguagesBecomeEffects() {
    let (_, path) = Self.run("path smic alimama")
    #expect(
      path == [
        .findPath(from: Fixture.entity("smic"), to: Fixture.entity("alimama"), generation: 1)
      ])
    let (state, export) = Self.run("export json ~/n.json --depth 2")
    #expect(
      export == [
        .export(
          ExportRequest(
            format: .json, path: "~/n.json", center: Fixture.entity("alibaba"), depth: 2))
      ])
    #expect(state.message == "exporting to ~/n.json…")
    let (languages, effects) = Self.run("set lang zh,en")
    #expect(effects == [.setLanguages(["zh", "en"])])
    #expect(languages.memory.languages == ["zh", "en"])
    #expect(languages.message?.contains("no effect") == true)
    #expect(Self.run("export dot x.dot", from: nil).0.message == "open an entity first")
  }

  @Test func filterTakesLabelsOrKeys() {
    let (state, _) = Self.run("filter located_in operates")
    #expect(state.relationFilter == ["located in", "operates"])
    #expect(
      Self.run("filter nonsense").0.message?.hasPrefix("no relation \"nonsense\" here") == true)
    #expect(Self.run("filter 'located in'").0.relationFilter == ["located in"])
  }

  @Test func homeHelpAndBookmarkCommands() {
    #expect(Self.run("home").0.isHome)
    #expect(Self.run("help").0.overlay == .help(HelpOverlay()))
    #expect(
      Self.run("bookmark").1 == [.addBookmark(Bookmark(id: "alibaba", name: "Alibaba Group"))])
  }

  @Test func tabCompletesCommandNamesEntitiesLabelsAndFormats() {
    var state = HomeScreens.state(start: "alibaba")
    Screens.send([.character(":"), .character("o"), .tab], to: &state)
    #expect(state.command?.text == "open ")
    Screens.send(Screens.type("pk") + [.tab], to: &state)
    #expect(state.command?.text == "open pku ")
    Screens.send([.control("u")] + Screens.type("filter loc") + [.tab], to: &state)
    #expect(state.command?.text == "filter \"located in\" ")
    Screens.send([.control("u")] + Screens.type("export g") + [.tab], to: &state)
    #expect(state.command?.text == "export graphml ")
  }

  @Test func openCompletesANameOfSeveralWords() {
    var state = HomeScreens.state(start: "alibaba")
    Screens.send([.character(":")] + Screens.type("open Zhejiang Uni") + [.tab], to: &state)
    #expect(state.command?.text == "open \"Zhejiang University\" ")
    Screens.send([.enter], to: &state)
    #expect(state.currentEntity == Fixture.entity("zju"))
  }

  @Test func severalCandidatesAreListedAndTabStepsThroughThem() {
    var state = HomeScreens.state(start: "alibaba")
    Screens.send([.character(":")] + Screens.type("h") + [.tab], to: &state)
    #expect(state.command?.candidates == ["home", "help"])
    #expect(state.command?.text == "h")
    Snapshot.assert(Screens.render(state), named: "command-candidates-80x24")
    Screens.send([.tab], to: &state)
    #expect(state.command?.text == "home")
    Screens.send([.tab], to: &state)
    #expect(state.command?.text == "help")
  }

  @Test func filePathsCompleteThroughTheRunner() {
    var state = HomeScreens.state(start: "alibaba")
    let effects = Screens.send(
      [.character(":")] + Screens.type("export dot /tm") + [.tab], to: &state)
    guard case .completeFilePath(let typed, let generation) = effects.first else {
      Issue.record("no file completion effect")
      return
    }
    #expect(typed == "/tm")
    _ = state.handle(.fileCompletions(generation: generation, paths: ["/tmp/"]))
    #expect(state.command?.text == "export dot /tmp/")
    _ = state.handle(.fileCompletions(generation: generation - 1, paths: ["/stale"]))
    #expect(state.command?.text == "export dot /tmp/")
  }

  @Test func upRecallsEarlierCommandLinesAndSearchQueries() {
    var state = HomeScreens.state(memory: HomeScreens.returning)
    Screens.send([.character(":"), .up], to: &state)
    #expect(state.command?.text == "open pku")
    Screens.send([.down], to: &state)
    #expect(state.command?.text == "")
    Screens.send([.escape, .character("/"), .up], to: &state)
    #expect(state.search?.query == "damo")
    Screens.send([.up], to: &state)
    #expect(state.search?.query == "ali")
  }

  @Test func commandsAreRememberedAndEscapeCancels() {
    var (state, _) = Self.run("open pku")
    #expect(state.sessionMemory.commands == ["open pku"])
    Screens.send([.character(":")] + Screens.type("home") + [.escape], to: &state)
    #expect(state.command == nil)
    #expect(!state.isHome)
  }
}
