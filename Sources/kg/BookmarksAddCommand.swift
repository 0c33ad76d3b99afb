import ArgumentParser
import KnowledgeGraph
import SessionStore

/// `kg bookmarks add ENTITY`: bookmarks an entity by id, name or alias.
struct BookmarksAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Bookmark an entity.")

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("The entity's id, name or alias.", valueName: "ENTITY"))
  var entity: String

  func run() throws {
    let graph = try global.loadGraph()
    let store = try BookmarkAccess.store(for: graph, options: global)
    let index = EntityLookup.resolve(entity, in: graph, json: false)
    let id = graph.id(of: index)
    do {
      try store.addBookmark(StoredBookmark(id: id, name: graph.name(of: index)))
    } catch {
      fail(error.message)
    }
    StandardOutput.emit("bookmarked \(TerminalSafeText.singleLine(id))\n")
  }
}
