/// Reusable scratch memory for path searches on one graph.
///
/// Visited marks are generation stamps in flat buffers sized to the graph, so
/// a new search starts by bumping the generation instead of clearing a million
/// entries or hashing into a set. The workspace also records the source entity
/// of every relation (4 bytes per relation, one sequential pass to build), so
/// walking a relation against its direction costs one read instead of a
/// binary search. Making a workspace costs more than most searches: callers
/// that run many searches (the benchmark, a batch of queries) keep one. It is
/// not thread-safe; give each thread its own.
public final class PathWorkspace {
  let forward = PathSearchSide(slot: 0)
  let backward = PathSearchSide(slot: 1)
  /// Two marks per entity: forward at `2 * entity`, backward at `2 * entity + 1`.
  let marks: UnsafeMutablePointer<PathMark>
  /// Generation stamps of entities that lie on a shortest path, for listing all of them.
  let onPath: UnsafeMutablePointer<UInt32>
  /// The source entity of every relation, by relation index.
  let sources: UnsafeMutablePointer<UInt32>
  let entityCapacity: Int
  let relationCapacity: Int
  private var generation: UInt32 = 0

  /// A workspace for `graph`; it serves no other graph.
  public init(graph: Graph) {
    entityCapacity = graph.entityCount
    relationCapacity = graph.relationCount
    marks = .allocate(capacity: 2 * entityCapacity)
    marks.initialize(repeating: PathMark(), count: 2 * entityCapacity)
    onPath = .allocate(capacity: entityCapacity)
    onPath.initialize(repeating: 0, count: entityCapacity)
    sources = .allocate(capacity: relationCapacity)
    let offsets = graph.relations.outOffsets
    for entity in 0..<entityCapacity {
      let run = Int(offsets[entity])..<Int(offsets[entity + 1])
      (sources + run.lowerBound).initialize(
        repeating: UInt32(truncatingIfNeeded: entity), count: run.count)
    }
  }

  deinit {
    marks.deallocate()
    onPath.deallocate()
    sources.deallocate()
  }

  /// A stamp no entity carries yet; clears the buffers only when stamps wrap around.
  func nextGeneration() -> UInt32 {
    if generation == .max {
      marks.update(repeating: PathMark(), count: 2 * entityCapacity)
      onPath.update(repeating: 0, count: entityCapacity)
      generation = 0
    }
    generation += 1
    return generation
  }
}
