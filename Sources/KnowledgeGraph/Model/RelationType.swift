/// How a relation type reads in each direction.
///
/// Incoming relations are shown with `inverseLabel`, so a page for Alibaba can
/// say "has subsidiary → Alimama" while Alimama's says "subsidiary of → Alibaba".
public struct RelationType: Hashable, Sendable {
  /// The key used in the dataset, e.g. `subsidiary_of`.
  public let key: String
  public let label: String
  public let inverseLabel: String
  /// A symmetric relation reads the same both ways and is stored once.
  public let isSymmetric: Bool
  /// False when the dataset used the type without declaring it in `relationTypes`.
  public let isDeclared: Bool
  /// Links that join nearly everything through a few hubs, such as RDF's
  /// `rdf:type` through shared classes: paths leave them out unless asked,
  /// because a path through a class answers nothing.
  public let isStructural: Bool

  public init(
    key: String, label: String, inverseLabel: String, isSymmetric: Bool, isDeclared: Bool,
    isStructural: Bool = false
  ) {
    self.key = key
    self.label = label
    self.inverseLabel = isSymmetric ? label : inverseLabel
    self.isSymmetric = isSymmetric
    self.isDeclared = isDeclared
    self.isStructural = isStructural
  }

  /// A readable default for a type the dataset did not declare: `member_of_board_of`
  /// reads "member of board of", and its inverse "← member of board of".
  public static func undeclared(key: String) -> RelationType {
    let words = key.split(whereSeparator: { $0 == "_" || $0 == "-" }).joined(separator: " ")
    let label = words.isEmpty ? key : words
    return RelationType(
      key: key, label: label, inverseLabel: "inverse of \(label)", isSymmetric: false,
      isDeclared: false)
  }
}
