/// The start, end and type columns of a relationships file, and the ID
/// spaces of its ends.
struct RelationshipEnds {
  let start: Int
  let end: Int
  let startSpace: String?
  let endSpace: String?
  /// The column of the relationship type, if there is one.
  let type: Int?

  init(start: Int, end: Int, header: CSVHeader) {
    self.start = start
    self.end = end
    type = header.index { $0 == .relationType }
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
