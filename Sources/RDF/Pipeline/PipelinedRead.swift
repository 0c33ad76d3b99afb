import Dispatch
import FileInput
import Synchronization

/// Reads a file's bytes on a second core while the calling thread maps what
/// was found: the parser fills `StatementBatch`es a window at a time and
/// hands back the pages behind it, and the sink gets every statement in
/// file order, as from a read on one thread. A syntax error stops the
/// parser; the sink still gets everything before it, then the error is thrown.
enum PipelinedRead {
  static func run<Sink: RDFSink>(
    _ reader: RDFReader, _ input: SharedInput, isMapped: Bool, window: Int,
    into sink: inout Sink
  ) throws {
    let channel = BatchChannel()
    let failure = Mutex<RDFReadFailure?>(nil)
    let parsed = DispatchSemaphore(value: 0)
    DispatchQueue.global(qos: .userInitiated).async {
      if let error = parse(reader, input, isMapped: isMapped, window: window, into: channel) {
        failure.withLock { $0 = error }
      }
      channel.close()
      parsed.signal()
    }
    while let batch = channel.receive() {
      batch.replay(into: &sink)
      channel.recycle(batch)
    }
    parsed.wait()
    if let error = failure.withLock({ $0.take() }) { throw error.error }
  }

  private static func parse(
    _ reader: RDFReader, _ input: SharedInput, isMapped: Bool, window: Int,
    into channel: BatchChannel
  ) -> RDFReadFailure? {
    var pages = InputPages(input.bytes, isMapped: isMapped)
    var batching = BatchingSink(channel: channel)
    defer { batching.flush() }
    do {
      try reader.read(UnsafeRawBufferPointer(input.bytes), window: window, into: &batching) {
        _, end in pages.advance(to: end)
      }
      return nil
    } catch {
      return RDFReadFailure(error: error)
    }
  }
}
