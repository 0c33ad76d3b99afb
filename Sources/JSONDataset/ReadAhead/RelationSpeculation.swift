import Dispatch
import KnowledgeGraph
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the end of a large `relations` array on another core, chunk by
/// chunk from the end of the file backwards, while the parser reads forwards
/// from the start; the two meet wherever their speeds take them, which
/// nearly halves load time on files of hundreds of megabytes.
///
/// Where elements begin cannot be known without reading from the start, so
/// each chunk begins at a guess: the first `{` after a `,` and before a `"`
/// past a point one chunk before the previous chunk. A chunk ends exactly
/// where the one after it begins, or it is dropped. The parser takes the
/// chunks over only when, element by element, it arrives exactly at one's
/// start with all entities known; that proves the guess, and so every chunk
/// after it. A guess inside a string, a problem in a chunk, or anything
/// unusual leaves the parser reading alone, so graphs and error messages are
/// always those of a plain sequential read.
final class RelationSpeculation: Sendable {
  private let isCancelled = Atomic<Bool>(false)
  /// Where the earliest chunk read so far starts; `Int.max` before the first.
  private let earliestStart = Atomic<Int>(Int.max)
  /// Where the parser has got to, so this reader stops before meeting it.
  private let parserPosition = Atomic<Int>(0)
  /// The chunks read, in file order.
  private let chunks = Mutex<[RelationChunk]>([])
  /// Every entity id, once the parser has read them all.
  private let knownIDs = Mutex<ByteStringTable?>(nil)
  private let finished = DispatchSemaphore(value: 0)

  /// Whether the input is a file mapping whose pages a resolved chunk no
  /// longer needs (see `DatasetParser.releaseReadInput`).
  private let releasesInput: Bool

  init(input: UnsafeBufferPointer<UInt8>, chunkSize: Int, releasesInput: Bool = false) {
    self.releasesInput = releasesInput
    let shared = SharedInput(buffer: input)
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      readBackwards(shared.buffer, chunkSize: chunkSize)
      finished.signal()
    }
  }

  /// Where the earliest chunk read so far starts: no chunk starts before it.
  var earliestChunkStart: Int { earliestStart.load(ordering: .acquiring) }

  func parserReached(_ position: Int) { parserPosition.store(position, ordering: .relaxed) }

  /// Lets this reader resolve relation ends itself, off the parser's path.
  func entitiesAreKnown(_ ids: ByteStringTable) { knownIDs.withLock { $0 = ids } }

  /// The start of the first chunk at or after `position`, if any.
  func chunkStart(atOrAfter position: Int) -> Int? {
    chunks.withLock { chunks in chunks.first { $0.start >= position }?.start }
  }

  /// Waits until the reader has read every chunk it can, without stopping
  /// it, so that what it reads depends on the input alone.
  func waitUntilRead() {
    finished.wait()
    finished.signal()
  }

  /// Stops the reading, waits for it, and returns the chunks from the one
  /// that starts at `position` on. Call it exactly once, before the input
  /// goes away.
  func finish(takingChunksFrom position: Int) -> [RelationChunk] {
    isCancelled.store(true, ordering: .relaxed)
    finished.wait()
    return chunks.withLock { chunks in
      defer { chunks = [] }
      return Array(chunks.drop { $0.start < position })
    }
  }

  private func readBackwards(_ input: UnsafeBufferPointer<UInt8>, chunkSize: Int) {
    var next: Int?
    var guess = input.count - chunkSize
    while guess > parserPosition.load(ordering: .relaxed) + chunkSize,
      !isCancelled.load(ordering: .relaxed),
      let start = Self.elementStart(in: input, from: guess, before: next ?? input.count),
      var chunk = DatasetParser.readChunk(of: input, from: start, until: next, isCancelled: isDone)
    {
      release(chunk, of: input)
      if let ids = knownIDs.withLock({ $0 }) {
        resolveBacklog(with: ids)
        chunk.resolve(with: ids, width: 1)
      }
      chunks.withLock { $0.insert(chunk, at: 0) }
      earliestStart.store(start, ordering: .releasing)
      next = start
      guess = start - chunkSize
    }
  }

  /// Resolves the chunks read before entities were known, one at a time,
  /// so the parser never waits long for the lock.
  private func resolveBacklog(with ids: ByteStringTable) {
    while !isDone(),
      var chunk = chunks.withLock({ chunks in chunks.last { !$0.isResolved } })
    {
      chunk.resolve(with: ids, width: 1)
      chunks.withLock { chunks in
        if let index = chunks.firstIndex(where: { $0.start == chunk.start }) {
          chunks[index] = chunk
        }
      }
    }
  }

  /// Hands the pages of a chunk just read back to the kernel: it keeps
  /// copies of its ids, and if the parser reads them after all (a chunk it
  /// cannot take over), they fault back in from the file.
  private func release(_ chunk: RelationChunk, of input: UnsafeBufferPointer<UInt8>) {
    guard releasesInput, let base = input.baseAddress else { return }
    let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    let start = (chunk.start + pageSize - 1) / pageSize * pageSize
    let end = chunk.end / pageSize * pageSize
    guard end > start else { return }
    _ = madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
  }

  private func isDone() -> Bool { isCancelled.load(ordering: .relaxed) }

  /// The first plausible element start in `from..<before`.
  private static func elementStart(
    in input: UnsafeBufferPointer<UInt8>, from guess: Int, before limit: Int
  ) -> Int? {
    var index = guess
    while index < limit {
      if input[index] == UInt8(ascii: "{")
        && neighbour(of: index, step: -1, in: input) == UInt8(ascii: ",")
        && neighbour(of: index, step: 1, in: input) == UInt8(ascii: "\"")
      {
        return index
      }
      index += 1
    }
    return nil
  }

  /// The nearest byte that is not JSON whitespace, stepping from `index`.
  private static func neighbour(of index: Int, step: Int, in input: UnsafeBufferPointer<UInt8>)
    -> UInt8?
  {
    var cursor = index + step
    while input.indices.contains(cursor) {
      switch input[cursor] {
      case 0x20, 0x0A, 0x0D, 0x09: cursor += step
      default: return input[cursor]
      }
    }
    return nil
  }
}

/// Lends the input to the speculative reader; `RelationSpeculation.finish`
/// is always called before the buffer is released, and no one writes to it.
private struct SharedInput: @unchecked Sendable {
  let buffer: UnsafeBufferPointer<UInt8>
}
