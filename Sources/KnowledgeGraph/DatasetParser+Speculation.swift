/// Reading the end of a large `relations` array on a second core; see
/// `RelationSpeculation` for why the results always equal a sequential read.
extension DatasetParser {
  /// Starts reading chunks from the end of the file on another core, when
  /// loading (not validating) a file of several chunks.
  mutating func speculate() {
    guard log.stopsAtFirstError, !isReadingChunk,
      reader.input.count >= 4 * speculativeChunkSize
    else { return }
    speculation = RelationSpeculation(input: reader.input, chunkSize: speculativeChunkSize)
    nextChunkStart = nil
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
    let chunks = speculation.finish(takingChunksFrom: position)
    guard let last = chunks.last, chunks.allSatisfy({ builder.canAppend($0) }) else { return false }
    var ends: [(from: [UInt32], to: [UInt32])] = []
    for chunk in chunks {
      guard let resolved = resolveEnds(of: chunk) else { return false }
      ends.append(resolved)
    }
    try resolveBatch()
    for (chunk, resolved) in zip(chunks, ends) {
      builder.append(chunk, from: resolved.from, to: resolved.to)
      relationsReadAhead += resolved.from.count
    }
    reader.resume(afterContainerClosedAt: last.end)
    return true
  }

  /// The entity numbers of the chunk's relation ends, looked up on all
  /// cores; nil when one names no entity.
  private func resolveEnds(of chunk: RelationChunk) -> (from: [UInt32], to: [UInt32])? {
    let count = chunk.fromKeys.count
    var from = [UInt32](repeating: 0, count: count)
    var to = [UInt32](repeating: 0, count: count)
    let ids = builder.ids
    let input = reader.input
    let complete = from.withUnsafeMutableBufferPointer { from in
      to.withUnsafeMutableBufferPointer { to in
        ParallelWork.map(ParallelWork.width) { slice in
          let range = ParallelWork.ranges(of: count, count: ParallelWork.width)[slice]
          chunk.fromKeys[range].withUnsafeBufferPointer { keys in
            ids.findAll(keys, in: input, into: UnsafeMutableBufferPointer(rebasing: from[range]))
          }
          chunk.toKeys[range].withUnsafeBufferPointer { keys in
            ids.findAll(keys, in: input, into: UnsafeMutableBufferPointer(rebasing: to[range]))
          }
          return !from[range].contains(ByteStringTable.notFound)
            && !to[range].contains(ByteStringTable.notFound)
        }
      }
    }
    return complete.allSatisfy { $0 } ? (from, to) : nil
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
      fromKeys: parser.chunkFromKeys, toKeys: parser.chunkToKeys)
  }

  /// Whether the next element lies before `next`; stops a chunk's reader there.
  private mutating func isBefore(_ next: Int?) -> Bool {
    guard let next else { return true }
    reader.skipWhitespace()
    return reader.position < next
  }
}
