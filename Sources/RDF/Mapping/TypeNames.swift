import KnowledgeGraph

/// Entity types from `rdf:type`: the class's name, or the names of all its
/// classes joined by " · " for an entity of several (search's `type:`
/// matches any of them). An entity without a class is a "Resource".
struct TypeNames {
  static let separator = " · "
  static let untyped = "Resource"

  private let classes: RecordGroups
  private let classOfLink: [UInt32]
  private let names: [UInt32: String]
  private var numbers: [String: UInt16] = [:]

  init(_ assembly: GraphAssembly) {
    let mapper = assembly.mapper
    let typeLinks = mapper.linkFrom.indices.filter {
      mapper.roles[Int(mapper.linkPredicate[$0])] == .type
    }
    classes = RecordGroups(
      nodes: typeLinks.map { mapper.linkFrom[$0] }, nodeCount: mapper.nodes.count)
    classOfLink = typeLinks.map { mapper.linkTo[$0] }
    var names: [UInt32: String] = [:]
    for node in Set(classOfLink) { names[node] = assembly.displayName(ofNode: Int(node)) }
    self.names = names
  }

  mutating func typeNumber(of node: Int, builder: inout GraphBuilder) -> UInt16 {
    var parts: [String] = []
    for index in classes.records(of: node) {
      let name = names[classOfLink[index]] ?? Self.untyped
      if !parts.contains(name) { parts.append(name) }
    }
    let type = parts.isEmpty ? Self.untyped : parts.joined(separator: Self.separator)
    if let number = numbers[type] { return number }
    var key = type
    let number = key.withUTF8 { builder.entityType(forKey: $0) } ?? 0
    numbers[type] = number
    return number
  }
}
