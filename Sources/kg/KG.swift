import ArgumentParser
import SPARQL

/// The root command: with no subcommand, `kg` opens the browser.
struct KG: ParsableCommand {
  /// One version for `--version` and the User-Agent endpoints see.
  static let version = EndpointConfiguration.kgVersion

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
