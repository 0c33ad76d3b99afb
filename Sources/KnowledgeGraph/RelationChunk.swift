/// A run of a `relations` array read on a second core while the main reader
/// is still on the part before it; see `RelationSpeculation`.
///
/// Its relation ends are still the ids' byte ranges in the input, because
/// entities may not all be known yet when it is read; its relation types and
/// source keys are numbered on their own, and its quotes and attributes live
/// in its own string arena. `GraphBuilder.append(_:from:to:)` renumbers them.
struct RelationChunk: Sendable {
  /// Where the chunk's first relation object starts.
  let start: Int
  /// Where the next chunk starts, or just after the `]` that closes the array.
  let end: Int
  let builder: GraphBuilder
  let fromKeys: [StringRef]
  let toKeys: [StringRef]
}
