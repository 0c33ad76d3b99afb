/// A breadth-first search from both ends at once over an endpoint: each hop
/// expands the smaller frontier with one query per 200 resources, and the
/// search stops at the first hop where the two sides meet.
struct EndpointPathSearch {
  static let frontierChunk = 200

  let source: EndpointSource
  let budget: PathBudget
  let cancellation: RequestCancellation?
  private let deadline: ContinuousClock.Instant
  private(set) var queries = 0
  private(set) var isExhausted = false
  private var forward: PathSearchSide
  private var backward: PathSearchSide

  init(
    source: EndpointSource, from start: String, to goal: String, budget: PathBudget,
    cancellation: RequestCancellation?
  ) {
    self.source = source
    self.budget = budget
    self.cancellation = cancellation
    deadline = .now + budget.timeout
    forward = PathSearchSide(root: start)
    backward = PathSearchSide(root: goal)
  }

  /// The triples of a shortest path, start to goal, or nil.
  mutating func run() throws(EndpointFailure) -> [(String, String, String)]? {
    if forward.root == backward.root { return [] }
    while forward.depth + backward.depth < budget.maxHops, !forward.frontier.isEmpty,
      !backward.frontier.isEmpty
    {
      let expandsForward = forward.frontier.count <= backward.frontier.count
      var side = expandsForward ? forward : backward
      let other = expandsForward ? backward : forward
      guard let meeting = try expand(&side, toward: other) else {
        if expandsForward { forward = side } else { backward = side }
        if isExhausted { return nil }
        continue
      }
      if expandsForward { forward = side } else { backward = side }
      return triples(meetingAt: meeting)
    }
    return nil
  }

  var hops: Int { forward.depth + backward.depth }

  /// Expands one hop; the first resource the other side has reached, if any.
  private mutating func expand(_ side: inout PathSearchSide, toward other: PathSearchSide)
    throws(EndpointFailure) -> String?
  {
    var next: [String] = []
    var meeting: String?
    for start in stride(from: 0, to: side.frontier.count, by: Self.frontierChunk) {
      guard queries < budget.maxQueries, ContinuousClock.now < deadline else {
        isExhausted = true
        return nil
      }
      let chunk = Array(side.frontier[start..<min(start + Self.frontierChunk, side.frontier.count)])
      queries += 1
      let answer = try source.select(
        PageQueries.expansion(
          of: chunk, skipping: QueryVocabulary.structural, limit: budget.rowsPerQuery),
        cancellation: cancellation)
      if answer.rows.count >= budget.rowsPerQuery || answer.isPartial { isExhausted = true }
      let hubs = Self.hubLinks(in: answer.rows, maxFanIn: budget.maxFanIn)
      for row in answer.rows {
        guard let link = Self.link(row), case .iri(let reached)? = row[2],
          !side.hasReached(reached)
        else { continue }
        let meets = other.hasReached(reached)
        if hubs.contains(HubKey(link)), !meets { continue }
        side.links[reached] = link
        next.append(reached)
        if meeting == nil, meets { meeting = reached }
      }
    }
    side.depth += 1
    side.frontier = next
    return meeting
  }

  /// The (entity, predicate) pairs that more than `maxFanIn` resources
  /// point at: a walk through them (everyone born in a country) says
  /// nothing, so the search steps through them only to meet the other side.
  static func hubLinks(in rows: [[SPARQLTerm?]], maxFanIn: Int) -> Set<HubKey> {
    var counts: [HubKey: Int] = [:]
    for row in rows {
      guard let link = link(row), link.isIncoming else { continue }
      counts[HubKey(link), default: 0] += 1
    }
    return Set(counts.filter { $0.value > maxFanIn }.keys)
  }

  static func link(_ row: [SPARQLTerm?]) -> PathLink? {
    guard row.count == 4, case .iri(let from)? = row[0], case .iri(let predicate)? = row[1],
      case .literal(let incoming, _, _)? = row[3]
    else { return nil }
    return PathLink(previous: from, predicate: predicate, isIncoming: incoming == "true")
  }

  private func triples(meetingAt meeting: String) -> [(String, String, String)] {
    let fromStart = forward.chain(to: meeting).map { $0.link.triple(reaching: $0.resource) }
    let toGoal = backward.chain(to: meeting).map { $0.link.triple(reaching: $0.resource) }
    return fromStart + toGoal.reversed()
  }
}
