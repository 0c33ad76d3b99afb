/// One end of a bidirectional path search: what it has reached, and how.
struct PathSearchSide {
  let root: String
  var links: [String: PathLink] = [:]
  var frontier: [String]
  var depth = 0

  init(root: String) {
    self.root = root
    frontier = [root]
  }

  func hasReached(_ resource: String) -> Bool { resource == root || links[resource] != nil }

  /// The links from the root to `resource`, root first.
  func chain(to resource: String) -> [(resource: String, link: PathLink)] {
    var steps: [(resource: String, link: PathLink)] = []
    var current = resource
    while let link = links[current] {
      steps.append((current, link))
      current = link.previous
    }
    return steps.reversed()
  }
}
