/// The kinds of JSON object in a dataset, with the fields each may hold.
enum DatasetObjectKind {
  case topLevel, entity, relation, relationType, source

  var fields: [DatasetField] {
    switch self {
    case .topLevel: [.kg, .title, .description, .sources, .relationTypes, .entities, .relations]
    case .entity: [.id, .name, .type, .aliases, .description, .attributes]
    case .relation: [.from, .type, .to, .source, .quote, .attributes]
    case .relationType: [.label, .inverse, .symmetric]
    case .source: [.title, .publisher, .published, .url]
    }
  }

  static let topLevelFields = DatasetObjectKind.topLevel.fields
  static let entityFields = DatasetObjectKind.entity.fields
  static let relationFields = DatasetObjectKind.relation.fields
}
