import FileInput
import KnowledgeGraph
import Parallel

/// Reading the later edges of a large file on another core (see `EdgeReadAhead`).
extension GraphMLReader {
  /// Starts a reader at a guessed place past the middle of a large file,
  /// once per file, when the main reader starts a graph.
  mutating func startReadAhead() {
    let bytes = scanner.input.bytes
    guard readAheadBatches == nil, readAhead == nil, elementCount == 0,
      bytes.count >= readAheadThreshold,
      let start = GraphMLSplit.point(in: bytes, after: max(scanner.position, bytes.count / 2))
    else { return }
    var ahead = GraphMLReader(
      scanner: scanner.continuing(at: start), schema: schema, options: options,
      pages: InputPages(bytes, isMapped: pages.isMapped, from: start))
    ahead.isUndirectedByDefault = isUndirectedByDefault
    ahead.readAheadBatches = []
    ahead.edges = RelationBatch(referencing: bytes)
    readAhead = EdgeReadAhead(reader: ahead, start: start)
  }

  /// Takes the edges read ahead when the main reader is exactly where that
  /// reading started, between two elements of the graph; drops them once
  /// it is past that place.
  mutating func takeReadAhead() throws(LoadError) {
    guard let ahead = readAhead, scanner.position >= ahead.start else { return }
    readAhead = nil
    guard scanner.position == ahead.start else { return ahead.cancel() }
    let (reader, stop) = ahead.finish()
    try flushEdges()
    guard let types = assembly.adoptRelationTypes(of: reader.assembly) else {
      throw error(at: stop, "more than 65,535 relation types; kg holds at most 65,535")
    }
    let batches = (reader.readAheadBatches ?? []) + [reader.edges]
    for group in stride(from: 0, to: batches.count, by: Self.lookUpGroup) {
      let part = batches[group..<min(group + Self.lookUpGroup, batches.count)]
      for (var batch, ends) in zip(part, lookUp(part)) {
        batch.renumberTypes(types)
        batch.assumeKnownEntities(assembly.entityCount)
        let end = batch.inputEnd
        edges = batch
        try flushEdges(lookedUp: ends)
        pages.advance(to: end)
      }
    }
    edges = RelationBatch()
    scanner.resume(at: stop)
    pages.advance(to: stop)
  }

  /// How many batches read ahead have their ends looked up together.
  private static let lookUpGroup = 2 * ParallelWork.width

  /// The ends of batches read ahead, looked up on every core: when the main
  /// reader takes them over, the other core has nothing else to do.
  private func lookUp(_ batches: ArraySlice<RelationBatch>) -> [(from: [UInt32], to: [UInt32])] {
    ParallelWork.map(batches.count) { batches[batches.startIndex + $0].lookUp(in: assembly) }
  }

  mutating func cancelReadAhead() {
    readAhead?.cancel()
    readAhead = nil
  }

  /// On the reader that reads ahead: reads `<edge>` elements until anything
  /// else, a problem, or `isCancelled`; returns where it stopped, between
  /// two elements, for the main reader to go on from.
  mutating func readAheadEdges(until isCancelled: () -> Bool) -> Int {
    while !isCancelled() {
      let resume = scanner.position
      guard let event = try? nextElementEvent(), case .start(let child) = event,
        !child.hasPrefix, isNamed(child, "edge")
      else { return resume }
      do {
        try readEdge(child)
      } catch {
        return resume
      }
      releasePages()
    }
    return scanner.position
  }

  /// A full batch of edges is added to the graph, or on the reader that
  /// reads ahead, kept for the main reader.
  mutating func batchIsFull() throws(LoadError) {
    guard readAheadBatches != nil else { return try flushEdges() }
    readAheadBatches?.append(edges)
    edges = RelationBatch(referencing: scanner.input.bytes)
  }
}
