/// The columns of a nodes or relationships file, with the role of each
/// settled: Neo4j's typed fields first, then plain names (`id`, `name`,
/// `type`; `source`, `target`, `type`) and the `PropertyGraphOptions`.
struct CSVHeader {
  static let idNames = ["id"]
  static let startNames = ["source", "from", "start"]
  static let endNames = ["target", "to", "end"]
  static let nameNames = ["name", "title", "label"]
  static let relationTypeNames = ["type", "label", "relationship"]

  private(set) var columns: [CSVColumn]

  init(nodes headers: [String], options: PropertyGraphOptions) {
    columns = headers.map(CSVColumn.init(header:))
    ignore {
      if case .startID = $0 { true } else if case .endID = $0 { true } else { $0 == .relationType }
    }
    if index(where: { if case .id = $0 { true } else { false } }) == nil {
      assign(.id(space: nil), options: nil, defaults: Self.idNames)
    }
    assign(.name, options: options.nameKey, defaults: Self.nameNames)
    if index(where: { $0 == .labels }) == nil {
      assign(.type, options: options.typeKey, defaults: GraphMLSchema.typeKeys)
    }
    assign(.description, options: nil, defaults: ["description"])
  }

  init(relationships headers: [String], options: PropertyGraphOptions) {
    columns = headers.map(CSVColumn.init(header:))
    ignore { if case .id = $0 { true } else { $0 == .labels } }
    if index(where: { if case .startID = $0 { true } else { false } }) == nil {
      assign(.startID(space: nil), options: nil, defaults: Self.startNames)
    }
    if index(where: { if case .endID = $0 { true } else { false } }) == nil {
      assign(.endID(space: nil), options: nil, defaults: Self.endNames)
    }
    if index(where: { $0 == .relationType }) == nil {
      assign(.relationType, options: options.relationKey, defaults: Self.relationTypeNames)
    }
  }

  func index(where matches: (CSVColumnRole) -> Bool) -> Int? {
    columns.firstIndex { matches($0.role) }
  }

  private mutating func ignore(_ matches: (CSVColumnRole) -> Bool) {
    for index in columns.indices where matches(columns[index].role) {
      columns[index].role = .ignored
    }
  }

  /// Gives `role` to the plain column named by the option, else to the first
  /// plain column whose name is among the defaults, in their order.
  private mutating func assign(_ role: CSVColumnRole, options option: String?, defaults: [String]) {
    let wanted = option.map { [$0] } ?? defaults
    for name in wanted {
      if let index = columns.firstIndex(where: {
        $0.isPlainProperty && $0.name.lowercased() == name.lowercased()
      }) {
        columns[index].role = role
        return
      }
    }
  }
}
