/// What a GraphML `<key>` applies to, from its `for` attribute.
enum GraphMLDomain: Hashable, Sendable {
  case node
  case edge
  case graph
  case all
  /// `graphml`, `port`, `hyperedge`, `endpoint`: data the reader does not use.
  case other

  init(_ text: String) {
    switch text {
    case "node": self = .node
    case "edge": self = .edge
    case "graph": self = .graph
    case "all", "": self = .all
    default: self = .other
    }
  }

  func includes(_ domain: GraphMLDomain) -> Bool { self == domain || self == .all }
}
