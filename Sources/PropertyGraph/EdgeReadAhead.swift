import Dispatch
import KnowledgeGraph
import Synchronization

/// Reads the edges of the second part of a large GraphML file on another
/// core while the main reader reads the first part, which nearly halves
/// the load of the edges, usually most of a file.
///
/// It starts at a guess (`GraphMLSplit`) and reads `<edge>` elements, with
/// the main reader's keys, until anything else: a node, the end of the
/// graph, a problem. The main reader takes its edges over only when it
/// arrives exactly at the guess between two elements of the graph, which
/// proves it; then it continues where this reader stopped. Otherwise the
/// work is dropped, so graphs and error messages are always those of a
/// plain sequential read.
final class EdgeReadAhead: @unchecked Sendable {
  /// Where this reader started.
  let start: Int
  /// Handed to the main reader by `finish()`, which keeps no copy: the
  /// batches it holds are released one by one as they are added.
  private var reader: GraphMLReader?
  private var stop = 0
  private let isCancelled = Atomic<Bool>(false)
  private let finished = DispatchSemaphore(value: 0)
  /// Set once the main reader has waited for the reading: it waits only once.
  private var isDone = false

  init(reader: GraphMLReader, start: Int) {
    self.reader = reader
    self.start = start
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      stop = self.reader!.readAheadEdges { self.isCancelled.load(ordering: .relaxed) }
      finished.signal()
    }
  }

  /// Waits for the reading to end; hands over the reader and where it stopped.
  func finish() -> (reader: GraphMLReader, stop: Int) {
    waitOnce()
    defer { reader = nil }
    return (reader!, stop)
  }

  /// Stops the reading and waits for it, before the input goes away.
  func cancel() {
    isCancelled.store(true, ordering: .relaxed)
    waitOnce()
  }

  private func waitOnce() {
    guard !isDone else { return }
    finished.wait()
    isDone = true
  }
}
