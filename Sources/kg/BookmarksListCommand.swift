import ArgumentParser
import KnowledgeGraph
import SessionStore

/// `kg bookmarks list`: one bookmark per line (id, tab, name), or JSON;
/// bookmarks whose entity the dataset no longer has are marked missing.
struct BookmarksListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the dataset's bookmarks (the default).")

  @OptionGroup var options: QueryOptions

  func run() throws {
    let graph = try options.global.loadGraph()
    let store = try BookmarkAccess.store(for: graph, options: options.global)
    let snapshot = store.load()
    for warning in snapshot.warnings { StandardError.writeLine("kg: \(warning)") }
    let bookmarks = snapshot.bookmarks.bookmarks
    let json = JSONOutput.object([
      ("dataset", .string(graph.metadata.title)), ("file", .string(store.bookmarkPath)),
      (
        "bookmarks",
        .array(
          bookmarks.map { bookmark in
            .object([
              ("id", .string(bookmark.id)), ("name", .string(bookmark.name)),
              ("missing", .bool(graph.entityIndex(forID: bookmark.id) == nil)),
            ])
          })
      ),
    ])
    let text = bookmarks.map { bookmark in
      let missing = graph.entityIndex(forID: bookmark.id) == nil ? "\tmissing" : ""
      return TerminalSafeText.singleLine(bookmark.id) + "\t"
        + TerminalSafeText.singleLine(bookmark.name) + missing + "\n"
    }.joined()
    options.emit(json: json, text: text)
  }
}
