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
  /// The type number of entities of exactly one class, by class node.
  private var singleClassNumbers: [UInt32: UInt16] = [:]

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
    let records = classes.records(of: node)
    if records.count == 1, let index = records.first {
      let node = classOfLink[index]
      if let number = singleClassNumbers[node] { return number }
      let number = number(of: names[node] ?? Self.untyped, builder: &builder)
      singleClassNumbers[node] = number
      return number
    }
    var parts: [String] = []
    for index in records {
      let name = names[classOfLink[index]] ?? Self.untyped
      if !parts.contains(name) { parts.append(name) }
    }
    return number(
      of: parts.isEmpty ? Self.untyped : parts.joined(separator: Self.separator), builder: &builder)
  }

  private mutating func number(of type: String, builder: inout GraphBuilder) -> UInt16 {
    if let number = numbers[type] { return number }
    var key = type
    let number = key.withUTF8 { builder.entityType(forKey: $0) } ?? 0
    numbers[type] = number
    return number
  }
}
