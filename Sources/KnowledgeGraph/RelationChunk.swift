/// A run of a `relations` array read on a second core while the main reader
/// is still on the part before it; see `RelationSpeculation`.
///
/// Its relation ends start as the ids' byte ranges in the input, because
/// entities may not all be known when it is read, and are resolved as soon
/// as they are. Its relation types and source keys are numbered on their
/// own, and its quotes and attributes live in its own string arena;
/// `GraphBuilder.append(_:)` renumbers them.
struct RelationChunk: Sendable {
  /// Where the chunk's first relation object starts.
  let start: Int
  /// Where the next chunk starts, or just after the `]` that closes the array.
  let end: Int
  let builder: GraphBuilder
  /// The ends' ids, dropped once resolved: at a million entities the
  /// chunks hold five million of each, 80 MB that the load's peak can spare.
  private(set) var fromKeys: [StringRef]
  private(set) var toKeys: [StringRef]
  let count: Int
  /// The entity numbers of the ends, once resolved; `notFound` for an unknown id.
  private(set) var from: [UInt32] = []
  private(set) var to: [UInt32] = []

  init(start: Int, end: Int, builder: GraphBuilder, fromKeys: [StringRef], toKeys: [StringRef]) {
    self.start = start
    self.end = end
    self.builder = builder
    self.fromKeys = fromKeys
    self.toKeys = toKeys
    count = fromKeys.count
  }

  var isResolved: Bool { from.count == count }

  /// Whether every end names a known entity; false before resolving.
  var isComplete: Bool {
    isResolved && !from.contains(ByteStringTable.notFound)
      && !to.contains(ByteStringTable.notFound)
  }

  /// Looks the ends' ids up in `ids`, split over `width` cores.
  mutating func resolve(with ids: ByteStringTable, in input: UnsafeBufferPointer<UInt8>, width: Int)
  {
    let count = count
    var from = [UInt32](repeating: 0, count: count)
    var to = [UInt32](repeating: 0, count: count)
    from.withUnsafeMutableBufferPointer { from in
      to.withUnsafeMutableBufferPointer { to in
        _ = ParallelWork.map(width) { slice in
          let range = ParallelWork.ranges(of: count, count: width)[slice]
          fromKeys[range].withUnsafeBufferPointer { keys in
            ids.findAll(keys, in: input, into: UnsafeMutableBufferPointer(rebasing: from[range]))
          }
          toKeys[range].withUnsafeBufferPointer { keys in
            ids.findAll(keys, in: input, into: UnsafeMutableBufferPointer(rebasing: to[range]))
          }
        }
      }
    }
    (self.from, self.to) = (from, to)
    (fromKeys, toKeys) = ([], [])
  }
}
