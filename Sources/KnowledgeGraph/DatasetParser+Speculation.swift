/// Reading the tail of a large `relations` array on a second core; see
/// `RelationSpeculation` for why the results always equal a sequential read.
extension DatasetParser {
  /// Starts reading the second half of what follows `offset` on another
  /// core, when loading (not validating) and that half is large.
  mutating func speculate(after offset: Int) {
    guard log.stopsAtFirstError, !isReadingChunk else { return }
    let remaining = reader.input.count - offset
    guard remaining / 2 >= minimumSpeculativeTail else { return }
    speculation = RelationSpeculation(input: reader.input, guess: offset + remaining / 2)
  }

  /// Stops and discards the speculative read, if any.
  mutating func abandonSpeculation() {
    guard let speculation else { return }
    self.speculation = nil
    speculation.cancel()
    _ = speculation.finish()
  }

  /// At the element where the speculative read began, takes its relations
  /// over and moves past the array; false when the main reader must go on
  /// alone (the guess was wrong, the tail had a problem, or entities are not
  /// all known yet).
  mutating func joinSpeculation() throws(JSONError) -> Bool {
    guard let speculation else { return false }
    self.speculation = nil
    if reader.position != speculation.start || !hasReadEntities { speculation.cancel() }
    guard let chunk = speculation.finish(), reader.position == chunk.start, hasReadEntities,
      builder.canAppend(chunk)
    else { return false }
    guard let ends = resolveEnds(of: chunk) else { return false }
    try resolveBatch()
    builder.append(chunk, from: ends.from, to: ends.to)
    relationsReadAhead = ends.from.count
    reader.resume(afterContainerClosedAt: chunk.end)
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

  /// Reads relations from the element at `start` to the end of their array,
  /// or returns nil at the first problem or when cancelled.
  static func readChunk(
    of input: UnsafeBufferPointer<UInt8>, from start: Int, isCancelled: () -> Bool
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
      } while try parser.reader.nextElement(isFirst: &isFirst)
    } catch {
      return nil
    }
    return RelationChunk(
      start: start, end: parser.reader.position, builder: parser.builder,
      fromKeys: parser.chunkFromKeys, toKeys: parser.chunkToKeys)
  }
}
