import KnowledgeGraph
import Parallel

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
  /// The ends' ids, as slices of `keyBytes`, dropped once resolved: at a
  /// million entities the chunks hold five million of each.
  private(set) var fromKeys: [StringRef]
  private(set) var toKeys: [StringRef]
  /// The ids' bytes, copied from the input so that the chunk's part of the
  /// file can be handed back to the kernel as soon as it is read.
  private(set) var keyBytes: [UInt8]
  let count: Int
  /// The entity numbers of the ends, once resolved; `notFound` for an unknown id.
  private(set) var from: [UInt32] = []
  private(set) var to: [UInt32] = []

  init(
    start: Int, end: Int, builder: GraphBuilder, fromKeys: [StringRef], toKeys: [StringRef],
    keyBytes: [UInt8]
  ) {
    self.start = start
    self.end = end
    self.builder = builder
    self.fromKeys = fromKeys
    self.toKeys = toKeys
    self.keyBytes = keyBytes
    count = fromKeys.count
  }

  var isResolved: Bool { from.count == count }

  /// Whether every end names a known entity; false before resolving.
  var isComplete: Bool {
    isResolved && !from.contains(ByteStringTable.notFound)
      && !to.contains(ByteStringTable.notFound)
  }

  /// Looks the ends' ids up in `ids`, split over `width` cores.
  mutating func resolve(with ids: ByteStringTable, width: Int) {
    let count = count
    var from = [UInt32](repeating: 0, count: count)
    var to = [UInt32](repeating: 0, count: count)
    from.withUnsafeMutableBufferPointer { from in
      to.withUnsafeMutableBufferPointer { to in
        keyBytes.withUnsafeBufferPointer { input in
          lookUp(ids, width: width, in: input, from: from, to: to)
        }
      }
    }
    (self.from, self.to) = (from, to)
    (fromKeys, toKeys, keyBytes) = ([], [], [])
  }

  private func lookUp(
    _ ids: ByteStringTable, width: Int, in input: UnsafeBufferPointer<UInt8>,
    from: UnsafeMutableBufferPointer<UInt32>, to: UnsafeMutableBufferPointer<UInt32>
  ) {
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
