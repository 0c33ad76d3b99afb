/// The keys a GraphML file declares and the role of each for nodes, edges
/// and graphs: which key is the name, the type, the relation type, and which
/// are attributes (see docs/property-graphs.md for the rules).
struct GraphMLSchema: Sendable {
  static let nameKeys = ["label", "name", "title"]
  static let typeKeys = ["type", "labels", "kind"]
  static let relationKeys = ["label", "type", "relationship"]

  private(set) var keys: [GraphMLKey] = []
  private var numbers: [String: Int] = [:]
  /// The key ids as bytes, where the keys of `<data>` are found in files of
  /// up to 32 keys; larger ones go by `numbers`, as they always did.
  private var ids = KeyIDTable()
  private(set) var nodeRoles: [GraphMLRole] = []
  private(set) var edgeRoles: [GraphMLRole] = []
  private(set) var graphRoles: [GraphMLRole] = []
  /// The keys with a default, for nodes and for edges.
  private(set) var nodeDefaults: [Int] = []
  private(set) var edgeDefaults: [Int] = []

  /// Adds a key; returns false when its id is already declared.
  mutating func declare(_ key: GraphMLKey) -> Bool {
    guard numbers[key.id] == nil else { return false }
    numbers[key.id] = keys.count
    ids.append(key.id.utf8)
    keys.append(key)
    return true
  }

  mutating func setDefault(_ value: String, forKey number: Int) {
    keys[number].defaultValue = value
  }

  func number(ofKey id: String) -> Int? { numbers[id] }

  /// The key of a `<data>`, by its id's bytes (see `KeyIDTable`).
  func number(ofKey id: UnsafeBufferPointer<UInt8>) -> Int? {
    guard ids.count <= 32 else { return numbers[String(decoding: id, as: UTF8.self)] }
    return ids.number(of: id)
  }

  /// Settles every key's role; called when a graph starts, after the keys.
  mutating func assignRoles(options: PropertyGraphOptions) {
    let nodeNames = names(for: .node)
    let edgeNames = names(for: .edge)
    let nameKey = chosen(options.nameKey, Self.nameKeys, in: nodeNames)
    let typeKey = chosen(options.typeKey, Self.typeKeys, in: nodeNames)
    var relationKey = chosen(options.relationKey, Self.relationKeys, in: edgeNames)
    var labelKey: String?
    if options.relationKey == nil, relationKey == "label", edgeNames.contains("type") {
      (relationKey, labelKey) = ("type", "label")
    }
    nodeRoles = keys.map { key in
      guard key.domain.includes(.node), !key.isExtension else { return .ignored }
      return role(
        of: key.name.lowercased(),
        among: [
          (nameKey, .name), (typeKey, .type), ("description", .description), ("aliases", .aliases),
        ])
    }
    edgeRoles = keys.map { key in
      guard key.domain.includes(.edge), !key.isExtension else { return .ignored }
      return role(
        of: key.name.lowercased(),
        among: [
          (relationKey, .relationType), (labelKey, .relationLabel), ("source", .source),
          ("quote", .quote),
        ])
    }
    graphRoles = keys.map { key in
      guard key.domain.includes(.graph), !key.isExtension else { return .ignored }
      return role(
        of: key.name.lowercased(),
        among: [
          (chosen(nil, Self.nameKeys, in: names(for: .graph)), .title),
          ("description", .graphDescription),
        ],
        otherwise: .ignored)
    }
    nodeDefaults = keys.indices.filter { keys[$0].defaultValue != nil && nodeRoles[$0] != .ignored }
    edgeDefaults = keys.indices.filter { keys[$0].defaultValue != nil && edgeRoles[$0] != .ignored }
  }

  private func names(for domain: GraphMLDomain) -> [String] {
    keys.filter { $0.domain.includes(domain) && !$0.isExtension }.map { $0.name.lowercased() }
  }

  private func chosen(_ option: String?, _ defaults: [String], in names: [String]) -> String? {
    if let option { return option.lowercased() }
    return defaults.first { names.contains($0) }
  }

  private func role(
    of name: String, among roles: [(String?, GraphMLRole)], otherwise: GraphMLRole = .attribute
  ) -> GraphMLRole {
    roles.first { $0.0 == name }?.1 ?? otherwise
  }
}
