import Foundation
import KnowledgeGraph
import SessionStore

/// The bookmark store for the `kg bookmarks` commands, or exit 2 when there
/// is no directory to keep it in.
enum BookmarkAccess {
  static func store(for graph: Graph, options: GlobalOptions) throws -> SessionStore {
    let environment = ProcessInfo.processInfo.environment
    guard
      let store = StateStoreLocation.store(
        graph: graph, path: try options.datasetPath(), environment: environment,
        recordsHistory: false)
    else { fail("no home directory: set HOME or XDG_DATA_HOME") }
    return store
  }
}
