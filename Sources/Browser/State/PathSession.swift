import KnowledgeGraph

/// The path view in the list pane: a request for the shortest path between
/// two entities, then its steps, each of which can be opened.
struct PathSession: Hashable, Sendable {
  /// The ends; over an endpoint, entities of `graph` once the path is found.
  var from: EntityIndex
  var to: EntityIndex
  let generation: Int
  /// Over an endpoint: the ends' names, for the message while searching.
  var endNames: String?
  /// Over an endpoint: the graph holding the path once found.
  var graph: PageGraph?
  /// Over an endpoint: why no path was found (the budget ran out).
  var failure: String?
  var status = PathStatus.pending
  /// History position of the path's first entity once the path was walked into history.
  var historyStart: Int?
  var position = ScrollPosition()

  var steps: [PathStep] {
    if case .found(let steps) = status { return steps }
    return []
  }

  /// Rows: the start entity, then one per step.
  var rowCount: Int {
    if case .found(let steps) = status { return steps.count + 1 }
    return 0
  }

  /// The entity on row `row`: the start, or the end of step `row`.
  func entity(atRow row: Int) -> EntityIndex {
    row == 0 ? from : steps[row - 1].to
  }
}
