/// The paths under the base IRI where the export mints IRIs, each with the
/// prefix Turtle declares for it.
enum MintedNamespace: CaseIterable, Sendable {
  case entity, relation, inverse, type, attribute, source, vocabulary

  /// The path after the base IRI, e.g. `entity/`.
  var path: String {
    switch self {
    case .entity: "entity/"
    case .relation: "relation/"
    case .inverse: "inverse/"
    case .type: "type/"
    case .attribute: "attribute/"
    case .source: "source/"
    case .vocabulary: "vocab/"
    }
  }

  var prefix: String {
    switch self {
    case .entity: "kge"
    case .relation: "kgr"
    case .inverse: "kgi"
    case .type: "kgt"
    case .attribute: "kga"
    case .source: "kgs"
    case .vocabulary: "kg"
    }
  }
}
