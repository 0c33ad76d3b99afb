import CMemoryHints
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
    var (reader, stop) = ahead.finish()
    try flushEdges()
    guard let types = assembly.adoptRelationTypes(of: reader.assembly) else {
      throw error(at: stop, "more than 65,535 relation types; kg holds at most 65,535")
    }
    var batches = reader.takeBatches()
    for group in stride(from: 0, to: batches.count, by: Self.lookUpGroup) {
      let part = group..<min(group + Self.lookUpGroup, batches.count)
      for (index, ends) in zip(part, lookUp(batches[part])) {
        swap(&edges, &batches[index])
        edges.renumberTypes(types)
        edges.assumeKnownEntities(assembly.entityCount)
        let end = edges.inputEnd
        try flushEdges(lookedUp: ends)
        pages.advance(to: end)
        batches[index] = RelationBatch()
      }
      if group / Self.lookUpGroup % Self.groupsPerRelease == Self.groupsPerRelease - 1 {
        kg_release_free_heap()
      }
    }
    edges = RelationBatch()
    scanner.resume(at: stop)
    pages.advance(to: stop)
  }

  /// The batches of a reader that read ahead, its last one included; it
  /// keeps none, so each is freed once added.
  private mutating func takeBatches() -> [RelationBatch] {
    var batches = readAheadBatches ?? []
    readAheadBatches = nil
    batches.append(edges)
    edges = RelationBatch()
    return batches
  }

  /// How many batches read ahead have their ends looked up together.
  private static let lookUpGroup = 2 * ParallelWork.width
  /// After this many groups are added, the memory their batches held is
  /// handed back: the other thread's arena keeps it otherwise, and the
  /// graph grows meanwhile.
  private static let groupsPerRelease = 4

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
