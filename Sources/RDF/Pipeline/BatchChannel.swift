import Dispatch
import Synchronization

/// Carries statement batches from the thread that parses to the thread
/// that maps, in order, with at most `depth` batches in flight so memory
/// stays bounded when the mapper is the slower side; emptied batches travel
/// back to be filled again, keeping their memory.
final class BatchChannel: Sendable {
  private struct State {
    var full: [StatementBatch] = []
    var empty: [StatementBatch] = []
    var isClosed = false
  }

  private let state = Mutex(State())
  private let filled = DispatchSemaphore(value: 0)
  private let room: DispatchSemaphore

  init(depth: Int = 4) {
    room = DispatchSemaphore(value: depth)
  }

  /// An empty batch to fill, reusing one the mapper has finished with.
  func emptyBatch() -> StatementBatch {
    state.withLock { $0.empty.popLast() } ?? StatementBatch()
  }

  /// Sends a filled batch, waiting while `depth` batches are in flight.
  func send(_ batch: consuming StatementBatch) {
    room.wait()
    let batch = batch
    state.withLock { $0.full.append(batch) }
    filled.signal()
  }

  /// Tells the receiver that no more batches come.
  func close() {
    state.withLock { $0.isClosed = true }
    filled.signal()
  }

  /// The next batch, waiting for it; nil once the channel is closed and drained.
  func receive() -> StatementBatch? {
    filled.wait()
    return state.withLock { state in
      guard !state.full.isEmpty else { return nil }
      return state.full.removeFirst()
    }
  }

  /// Gives back a batch that has been replayed, making room for another.
  func recycle(_ batch: consuming StatementBatch) {
    var batch = batch
    batch.removeAll()
    let emptied = batch
    state.withLock { $0.empty.append(emptied) }
    room.signal()
  }
}
