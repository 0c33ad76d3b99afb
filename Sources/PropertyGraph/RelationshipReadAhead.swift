import Dispatch
import KnowledgeGraph
import Synchronization

/// Reads a large relationships file on another core while the main reader
/// reads the nodes files, which need to be complete before any relationship
/// can be added. The main reader then takes the relationships over in file
/// order and reads on from wherever this reader stopped (at a problem, for
/// example), so graphs and error messages are those of a sequential read.
final class RelationshipReadAhead: @unchecked Sendable {
  private var reader: Neo4jCSVReader
  private var batches: [RelationBatch] = []
  private var stop = 0
  private let isCancelled = Atomic<Bool>(false)
  private let finished = DispatchSemaphore(value: 0)
  /// Set once the main reader has waited for the reading: it waits only once.
  private var isDone = false

  init(input: InputText, isMapped: Bool, options: PropertyGraphOptions) {
    reader = Neo4jCSVReader(options: options)
    reader.readsAhead = true
    let shared = SharedInputText(input: input)
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      (batches, stop) = reader.readAhead(shared.input, isMapped: isMapped) {
        self.isCancelled.load(ordering: .relaxed)
      }
      finished.signal()
    }
  }

  /// Waits for the reading to end; returns the reader (for its relation
  /// types), the batches read, and the start of the first record not read.
  func finish() -> (reader: Neo4jCSVReader, batches: [RelationBatch], stop: Int) {
    waitOnce()
    defer { batches = [] }
    return (reader, batches, stop)
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
