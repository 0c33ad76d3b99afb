/// Where one `RelationChunk` goes in the builder that takes it over, and the
/// builder's numbers for the chunk's own relation types and sources.
struct ChunkPlacement: Sendable {
  let relationStart: Int
  let detailStart: Int
  let attributeStart: Int
  /// How far the chunk's quotes and attribute strings move in the arena.
  let stringShift: UInt32
  let typeNumbers: [UInt16]
  let sourceNumbers: [UInt16]
}
