import ArgumentParser

/// `kg bookmarks`: list, add and remove the bookmarks the browser shows, from scripts.
struct BookmarksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bookmarks", abstract: "List, add or remove bookmarks.",
    discussion: """
      Bookmarks belong to a dataset (by its title; see docs/state-files.md)
      and live in $XDG_DATA_HOME/kg (default ~/.local/share/kg). Changes merge
      with a browser running on the same dataset.

      Examples:
        kg bookmarks
        kg bookmarks add pku
        kg bookmarks remove pku
        kg bookmarks --json

      Exit codes: 0 success; 1 unknown entity, or no such bookmark to remove;
      2 usage or data error, or the bookmark file cannot be written.
      """,
    subcommands: [
      BookmarksListCommand.self, BookmarksAddCommand.self, BookmarksRemoveCommand.self,
    ],
    defaultSubcommand: BookmarksListCommand.self)
}
