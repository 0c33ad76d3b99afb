/// One bidirectional breadth-first search between two entities.
///
/// Both sides walk relations in both directions. Each round expands the side
/// whose frontier has the smaller summed degree, so a hub with 10,000
/// relations is expanded only when the other side would cost even more. The
/// first entity both sides reach closes a shortest path; to list every
/// shortest path the meeting layer is finished and the paths are read back
/// from the recorded distances.
struct PathSearch {
  private let graph: Graph
  private let adjacency: Adjacency
  private let allowed: [Bool]
  private let workspace: PathWorkspace
  private let marks: UnsafeMutablePointer<PathMark>
  private let generation: UInt32

  init(graph: Graph, adjacency: Adjacency, filter: RelationTypeFilter?, workspace: PathWorkspace) {
    precondition(
      workspace.entityCapacity == graph.entityCount
        && workspace.relationCapacity == graph.relationCount,
      "workspace made for another graph")
    self.graph = graph
    self.adjacency = adjacency
    allowed = filter?.allowed ?? Array(repeating: true, count: graph.relationTypes.count)
    self.workspace = workspace
    marks = workspace.marks
    generation = workspace.nextGeneration()
  }

  func run(from start: EntityIndex, to goal: EntityIndex, query: PathQuery) -> PathResult {
    if start == goal { return PathResult(paths: [[]], isTruncated: false) }
    let forward = workspace.forward
    let backward = workspace.backward
    begin(forward, at: start.rawValue)
    begin(backward, at: goal.rawValue)
    let wantsAll = query.limit > 1
    while forward.level + backward.level < query.maxHops {
      guard !forward.frontier.isEmpty, !backward.frontier.isEmpty else { return .none }
      let side = forward.frontierCost <= backward.frontierCost ? forward : backward
      let meetings = expand(side, stopAtFirst: !wantsAll)
      guard let firstMeeting = meetings.first else { continue }
      guard wantsAll else {
        return PathResult(paths: [reconstructPath(through: firstMeeting)], isTruncated: false)
      }
      return allPaths(through: meetings, from: start, limit: query.limit)
    }
    return .none
  }

  private func begin(_ side: PathSearchSide, at root: UInt32) {
    marks[2 * Int(root) + side.slot] = PathMark(
      stamp: generation, parent: root, edge: 0, distance: 0)
    side.start(at: root, cost: adjacency.degree(of: Int(root)))
  }

  private func mark(_ entity: Int, slot: Int) -> PathMark { marks[2 * entity + slot] }

  private func isReached(_ entity: Int, slot: Int, atLevel level: Int) -> Bool {
    let mark = marks[2 * entity + slot]
    return mark.stamp == generation && Int(mark.distance) == level
  }

  // MARK: Expanding one layer

  /// Discovers the next layer of `side`; returns the entities the other side
  /// has already reached, stopping at the first one when only one path is wanted.
  private func expand(_ side: PathSearchSide, stopAtFirst: Bool) -> [UInt32] {
    var layer = PathLayer(slot: side.slot, level: side.level + 1, next: side.takeNext())
    defer { side.next = layer.next }
    let sources = workspace.sources
    for node in side.frontier {
      let entity = Int(node)
      for relation in Int(adjacency.outOffsets[entity])..<Int(adjacency.outOffsets[entity + 1])
      where allowed[Int(adjacency.types[relation])] {
        let edge = EdgeCode(outgoing: relation)
        if discover(adjacency.targets[relation], from: node, by: edge, into: &layer), stopAtFirst {
          return layer.meetings
        }
      }
      for position in Int(adjacency.inOffsets[entity])..<Int(adjacency.inOffsets[entity + 1]) {
        let relation = Int(adjacency.incoming[position])
        guard allowed[Int(adjacency.types[relation])] else { continue }
        let edge = EdgeCode(incomingPosition: position)
        if discover(sources[relation], from: node, by: edge, into: &layer), stopAtFirst {
          return layer.meetings
        }
      }
    }
    side.advance(next: &layer.next, cost: layer.cost)
    return layer.meetings
  }

  /// Marks `node` as reached unless this side has been there; true when the
  /// other side has been there too, which closes a shortest path.
  @inline(__always)
  private func discover(
    _ node: UInt32, from parent: UInt32, by edge: EdgeCode, into layer: inout PathLayer
  ) -> Bool {
    let base = 2 * Int(node)
    guard marks[base + layer.slot].stamp != generation else { return false }
    marks[base + layer.slot] = PathMark(
      stamp: generation, parent: parent, edge: edge.rawValue, distance: layer.level)
    layer.next.append(node)
    layer.cost += adjacency.degree(of: Int(node))
    guard marks[base + 1 - layer.slot].stamp == generation else { return false }
    layer.meetings.append(node)
    return true
  }

  // MARK: Reading paths back

  private func edge(_ code: EdgeCode) -> Edge {
    graph.edge(atStorage: code.storagePosition, direction: code.direction)
  }

  /// The same relation seen from its far end: the edge that leads back to `origin`.
  private func reversed(_ edge: Edge, toward origin: UInt32) -> Edge {
    Edge(
      relation: edge.relation, type: edge.type,
      direction: edge.direction == .outgoing ? .incoming : .outgoing, other: EntityIndex(origin))
  }

  /// The path through the meeting entity, following parent links to both ends.
  private func reconstructPath(through meeting: UInt32) -> [PathStep] {
    var head: [PathStep] = []
    var cursor = Int(meeting)
    while mark(cursor, slot: 0).distance > 0 {
      let link = mark(cursor, slot: 0)
      head.append(
        PathStep(from: EntityIndex(link.parent), edge: edge(EdgeCode(rawValue: link.edge))))
      cursor = Int(link.parent)
    }
    var tail: [PathStep] = []
    cursor = Int(meeting)
    while mark(cursor, slot: 1).distance > 0 {
      let link = mark(cursor, slot: 1)
      let seen = edge(EdgeCode(rawValue: link.edge))
      tail.append(PathStep(from: EntityIndex(cursor), edge: reversed(seen, toward: link.parent)))
      cursor = Int(link.parent)
    }
    return head.reversed() + tail
  }

  /// Every shortest path through the meeting layer, in edge order from the start.
  private func allPaths(through meetings: [UInt32], from start: EntityIndex, limit: Int)
    -> PathResult
  {
    let meetingLevel = Int(mark(Int(meetings[0]), slot: 0).distance)
    markForwardPaths(from: meetings)
    var walk = PathWalk(limit: limit + 1)
    walkForward(from: start.rawValue, meetingLevel: meetingLevel, walk: &walk)
    let isTruncated = walk.paths.count > limit
    return PathResult(paths: Array(walk.paths.prefix(limit)), isTruncated: isTruncated)
  }

  /// Marks the forward-side entities that lead to a meeting entity, so walking
  /// forward from the start never enters a dead end.
  private func markForwardPaths(from meetings: [UInt32]) {
    let onPath = workspace.onPath
    var pending = meetings
    for node in meetings { onPath[Int(node)] = generation }
    while let node = pending.popLast() {
      let level = Int(mark(Int(node), slot: 0).distance)
      guard level > 0 else { continue }
      for (_, neighbour) in neighbours(of: node)
      where isReached(Int(neighbour), slot: 0, atLevel: level - 1)
        && onPath[Int(neighbour)] != generation
      {
        onPath[Int(neighbour)] = generation
        pending.append(neighbour)
      }
    }
  }

  private func walkForward(from node: UInt32, meetingLevel: Int, walk: inout PathWalk) {
    let level = Int(mark(Int(node), slot: 0).distance)
    guard level < meetingLevel else { return walkBackward(from: node, walk: &walk) }
    for (code, neighbour) in neighbours(of: node) where !walk.isFull {
      guard isReached(Int(neighbour), slot: 0, atLevel: level + 1),
        workspace.onPath[Int(neighbour)] == generation
      else { continue }
      walk.steps.append(PathStep(from: EntityIndex(node), edge: edge(code)))
      walkForward(from: neighbour, meetingLevel: meetingLevel, walk: &walk)
      walk.steps.removeLast()
    }
  }

  private func walkBackward(from node: UInt32, walk: inout PathWalk) {
    let level = Int(mark(Int(node), slot: 1).distance)
    guard level > 0 else { return walk.paths.append(walk.steps) }
    for (code, neighbour) in neighbours(of: node) where !walk.isFull {
      guard isReached(Int(neighbour), slot: 1, atLevel: level - 1) else { continue }
      walk.steps.append(PathStep(from: EntityIndex(node), edge: edge(code)))
      walkBackward(from: neighbour, walk: &walk)
      walk.steps.removeLast()
    }
  }

  /// The allowed edges of an entity in both directions, outgoing first.
  private func neighbours(of node: UInt32) -> [(EdgeCode, UInt32)] {
    let entity = Int(node)
    var result: [(EdgeCode, UInt32)] = []
    for relation in Int(adjacency.outOffsets[entity])..<Int(adjacency.outOffsets[entity + 1])
    where allowed[Int(adjacency.types[relation])] {
      result.append((EdgeCode(outgoing: relation), adjacency.targets[relation]))
    }
    for position in Int(adjacency.inOffsets[entity])..<Int(adjacency.inOffsets[entity + 1]) {
      let relation = Int(adjacency.incoming[position])
      guard allowed[Int(adjacency.types[relation])] else { continue }
      result.append((EdgeCode(incomingPosition: position), workspace.sources[relation]))
    }
    return result
  }
}
