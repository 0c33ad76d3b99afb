/// An entity on its way into the results: its key and where it matched.
struct RankedCandidate: Sendable {
  let key: RankKey
  /// A field index in `FoldedFields`, or one of the markers below.
  let field: Int32

  static let typeField: Int32 = -1
  static let descriptionField: Int32 = -2
  static let noField: Int32 = -3
}
