import KnowledgeGraph
import Parallel

/// Reading the end of a large `relations` array on a second core; see
/// `RelationSpeculation` for why the results always equal a sequential read.
extension DatasetParser {
  /// Starts reading chunks from the end of the file on another core, when
  /// loading (not validating) a file of several chunks.
  mutating func speculate() {
    guard log.stopsAtFirstError, !isReadingChunk,
      reader.input.count >= 4 * speculativeChunkSize
    else { return }
    speculation = RelationSpeculation(
      input: reader.input, chunkSize: speculativeChunkSize, releasesInput: releasesReadInput)
    nextChunkStart = nil
    if waitsForReadAhead { speculation?.waitUntilRead() }
  }

  /// Stops and discards the speculative read, if any.
  mutating func abandonSpeculation() {
    guard let speculation else { return }
    self.speculation = nil
    _ = speculation.finish(takingChunksFrom: Int.max)
  }

  /// Whether the reader, at an element of `relations`, may have reached a chunk.
  var mayHaveReachedChunk: Bool {
    guard let speculation else { return false }
    return reader.position >= (nextChunkStart ?? speculation.earliestChunkStart)
  }

  /// At the element where a chunk begins, takes that chunk and every later
  /// one over and moves past the array; false when the reader must go on
  /// alone (no chunk starts here, a chunk names an unknown entity, or
  /// entities are not all known yet).
  mutating func joinSpeculation() throws(JSONError) -> Bool {
    guard let speculation else { return false }
    let position = reader.position
    let start = speculation.chunkStart(atOrAfter: position)
    guard start == position, hasReadEntities else {
      nextChunkStart = start ?? Int.max
      if start == position { abandonSpeculation() }
      return false
    }
    self.speculation = nil
    var chunks = speculation.finish(takingChunksFrom: position)
    guard let last = chunks.last, builder.canAppend(chunks) else { return false }
    for index in chunks.indices where !chunks[index].isResolved {
      chunks[index].resolve(with: builder.ids, width: ParallelWork.width)
    }
    guard chunks.allSatisfy(\.isComplete) else { return false }
    try resolveBatch()
    builder.append(chunks)
    relationsReadAhead += chunks.reduce(0) { $0 + $1.count }
    reader.resume(afterContainerClosedAt: last.end)
    return true
  }

  /// Reads relations from the element at `start` up to the element at
  /// `next`, or to the end of their array when `next` is nil; nil at the
  /// first problem, when the elements do not meet `next` exactly, or when
  /// cancelled.
  static func readChunk(
    of input: UnsafeBufferPointer<UInt8>, from start: Int, until next: Int?,
    isCancelled: () -> Bool
  ) -> RelationChunk? {
    var parser = DatasetParser(
      input, log: ProblemLog(stopsAtFirstError: true, isStrict: false), reservesArena: false)
    parser.isReadingChunk = true
    parser.reader.start(at: start, depth: 2)
    var number = 0
    var isFirst = false
    do {
      repeat {
        try parser.readRelation(number)
        number += 1
        if number & 0xFFF == 0 && isCancelled() { return nil }
      } while try parser.reader.nextElement(isFirst: &isFirst) && parser.isBefore(next)
    } catch {
      return nil
    }
    guard parser.reader.position == next ?? parser.reader.position else { return nil }
    return RelationChunk(
      start: start, end: parser.reader.position, builder: parser.builder,
      fromKeys: parser.chunkFromKeys, toKeys: parser.chunkToKeys, keyBytes: parser.chunkKeyBytes)
  }

  /// Whether the next element lies before `next`; stops a chunk's reader there.
  private mutating func isBefore(_ next: Int?) -> Bool {
    guard let next else { return true }
    reader.skipWhitespace()
    return reader.position < next
  }
}
