import Foundation

/// Keeps one spare `PathWorkspace`, so a `PathFinder` that answers many
/// searches (the benchmark, a batch of queries) allocates its scratch memory
/// once instead of on every call.
///
/// A lock guards the spare, which is why the pool may be shared between
/// threads: a caller takes the spare or, if another thread holds it, makes its
/// own, and gives one back when done.
final class PathWorkspacePool: @unchecked Sendable {
  private let lock = NSLock()
  private var spare: PathWorkspace?

  func take(for graph: Graph) -> PathWorkspace {
    let taken: PathWorkspace? = lock.withLock {
      defer { spare = nil }
      return spare
    }
    return taken ?? PathWorkspace(graph: graph)
  }

  func giveBack(_ workspace: PathWorkspace) {
    lock.withLock { spare = workspace }
  }
}
