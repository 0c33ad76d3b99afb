import ArgumentParser
import KnowledgeGraph
import SessionStore

/// `kg bookmarks remove ID`: removes a bookmark by its entity id, even one
/// whose entity the dataset no longer has.
struct BookmarksRemoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove", abstract: "Remove a bookmark.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("The bookmarked entity's id.", valueName: "ID"))
  var id: String

  func run() throws {
    let graph = try global.loadGraph()
    let store = try BookmarkAccess.store(for: graph, options: global)
    guard store.load().bookmarks.bookmarks.contains(where: { $0.id == id }) else {
      fail("no bookmark \"\(TerminalSafeText.singleLine(id))\"", code: 1)
    }
    do {
      try store.removeBookmark(id: id)
    } catch {
      fail(error.message)
    }
    StandardOutput.emit("removed \(TerminalSafeText.singleLine(id))\n")
  }
}
