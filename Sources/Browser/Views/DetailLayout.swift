import KnowledgeGraph

/// The detail pane's document for one entity at one width: the card, then
/// each shown relation group as a heading and one line per relation.
///
/// Lines are addressed by number without being materialized: a group is a
/// range of the graph's adjacency, so an entity with 100,000 relations
/// costs as much to lay out as one with ten, and drawing reads only the
/// lines on screen.
struct DetailLayout: Sendable {
  let graph: Graph
  let entity: EntityIndex
  let width: Int
  let filter: Set<String>?
  let card: [StyledText]
  /// The groups the relation filter lets through.
  let groups: [DisplayGroup]
  /// How many groups the filter hides.
  let hiddenGroupCount: Int
  /// Whether the endpoint said it cut the page's answers short.
  let isPartial: Bool
  let relationCount: Int
  let lineCount: Int
  private let headingLines: [Int]
  private let relationStarts: [Int]

  /// `page` gives the full size of groups an endpoint page holds in part.
  init(graph: Graph, entity: EntityIndex, width: Int, filter: Set<String>?, page: PageGraph? = nil)
  {
    self.graph = graph
    self.entity = entity
    self.width = width
    self.filter = filter
    isPartial = page?.isPartial ?? false
    card = EntityCard.lines(of: entity, in: graph, width: width)
    let all = DisplayGroup.groups(of: entity, in: graph, page: page)
    groups = filter.map { filter in all.filter { filter.contains($0.label) } } ?? all
    hiddenGroupCount = all.count - groups.count
    var headingLines: [Int] = []
    var relationStarts: [Int] = []
    var line = card.count
    var relation = 0
    for group in groups {
      headingLines.append(line)
      relationStarts.append(relation)
      line += group.count + (group.total > group.count ? 3 : 2)
      relation += group.count
    }
    self.headingLines = headingLines
    self.relationStarts = relationStarts
    relationCount = relation
    lineCount = groups.isEmpty ? card.count + 1 : line - 1
  }

  /// Whether this is the document `init` would lay out for these.
  func fits(graph: Graph, entity: EntityIndex, width: Int, filter: Set<String>?) -> Bool {
    self.graph === graph && self.entity == entity && self.width == width && self.filter == filter
  }

  func line(at index: Int) -> DetailLine {
    if index < card.count { return .card(index) }
    guard !groups.isEmpty else { return .notice }
    let group = Self.lastIndex(in: headingLines, notAbove: index)
    let distance = index - headingLines[group]
    if distance == 0 { return .heading(group: group) }
    if distance <= groups[group].count { return .relation(relationStarts[group] + distance - 1) }
    if distance == groups[group].count + 1, groups[group].total > groups[group].count {
      return .more(group: group)
    }
    return .blank
  }

  /// The group that relation number `relation` belongs to.
  func group(ofRelation relation: Int) -> Int {
    Self.lastIndex(in: relationStarts, notAbove: relation)
  }

  func lineIndex(ofRelation relation: Int) -> Int {
    let group = group(ofRelation: relation)
    return headingLines[group] + 1 + relation - relationStarts[group]
  }

  func edge(ofRelation relation: Int) -> Edge {
    let group = group(ofRelation: relation)
    return groups[group].edge(at: relation - relationStarts[group], of: entity, in: graph)
  }

  /// `position` with its cursor on an existing relation and scrolled so the
  /// cursor is visible in `height` lines, with its group heading when there
  /// is room, and the card when the cursor is on the first relation.
  func revealing(_ position: ScrollPosition, height: Int) -> ScrollPosition {
    var result = position
    let height = max(1, height)
    result.cursor = min(max(0, result.cursor), max(0, relationCount - 1))
    if relationCount > 0 {
      let line = lineIndex(ofRelation: result.cursor)
      let isFirstInGroup = relationStarts[group(ofRelation: result.cursor)] == result.cursor
      let wantedTop = result.cursor == 0 ? 0 : isFirstInGroup ? line - 1 : line
      result.offset = min(result.offset, max(wantedTop, line - height + 1))
      result.offset = max(result.offset, line - height + 1)
    }
    result.offset = min(max(0, result.offset), max(0, lineCount - height))
    return result
  }

  /// The distinct labels of all the entity's groups with counts, for the filter chooser.
  static func labels(of entity: EntityIndex, in graph: Graph) -> [LabelCount] {
    var labels: [LabelCount] = []
    for group in DisplayGroup.groups(of: entity, in: graph) {
      if let index = labels.firstIndex(where: { $0.label == group.label }) {
        labels[index] = LabelCount(label: group.label, count: labels[index].count + group.count)
      } else {
        labels.append(LabelCount(label: group.label, count: group.count))
      }
    }
    return labels
  }

  /// The last position in an ascending array whose value is at most `value`.
  private static func lastIndex(in values: [Int], notAbove value: Int) -> Int {
    var low = 0
    var high = values.count
    while low < high {
      let middle = (low + high) / 2
      if values[middle] <= value { low = middle + 1 } else { high = middle }
    }
    return max(0, low - 1)
  }
}
