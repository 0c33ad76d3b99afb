import ArgumentParser

/// The root command: with no subcommand, `kg` opens the browser.
struct KG: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "kg",
    abstract: "Explore a knowledge graph in the terminal, or query it from scripts.",
    discussion: """
      Exit codes: 0 success, 1 nothing found, 2 usage or data error.
      """,
    version: version,
    subcommands: [
      BrowseCommand.self, SearchCommand.self, ShowCommand.self, NeighborsCommand.self,
      PathCommand.self, StatsCommand.self, ExportCommand.self, ValidateCommand.self,
      BookmarksCommand.self,
    ],
    defaultSubcommand: BrowseCommand.self
  )
}
