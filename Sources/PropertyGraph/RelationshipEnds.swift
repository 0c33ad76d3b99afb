/// The start, end and type columns of a relationships file, and the ID
/// spaces of its ends.
struct RelationshipEnds {
  let start: Int
  let end: Int
  let startSpace: String?
  let endSpace: String?
  /// The column of the relationship type, if there is one.
  let type: Int?
  /// False when every relationship is only its ends and type, which then need no draft.
  let hasProperties: Bool

  init(start: Int, end: Int, header: CSVHeader) {
    self.start = start
    self.end = end
    type = header.index { $0 == .relationType }
    hasProperties = header.columns.contains { $0.isPlainProperty }
    if case .startID(let space) = header.columns[start].role {
      startSpace = space
    } else {
      startSpace = nil
    }
    if case .endID(let space) = header.columns[end].role {
      endSpace = space
    } else {
      endSpace = nil
    }
  }
}
