import GraphSearch
import KnowledgeGraph

/// The query line over the list and what it has found so far.
///
/// Results arrive later than keystrokes, tagged with the generation of the
/// query they answer; only the answer to the latest query is shown, and the
/// previous results stay on screen until it arrives.
struct SearchPrompt: Hashable, Sendable {
  static let maximumQueryLength = 256

  let purpose: SearchPurpose
  /// The pane that had focus before, restored by Esc.
  let previousFocus: Pane
  var query = ""
  var generation = 0
  var results: [SearchResult] = []
  /// For an endpoint, the graph that names the results; nil for a file.
  var graph: PageGraph?
  /// Closest names when the latest query found nothing ("did you mean").
  var suggestions: [EntityIndex] = []
  /// True while the latest query's results have not arrived.
  var isPending = false
  var position = ScrollPosition()
  /// Which earlier query `↑` has recalled, counted back from the newest.
  var recall: Int?

  /// Shown rows: results, or the suggestions when there are none.
  var rowCount: Int { results.isEmpty ? suggestions.count : results.count }

  func entity(atRow row: Int) -> EntityIndex {
    results.isEmpty ? suggestions[row] : results[row].entity
  }

  /// True for a query of only spaces, which searches nothing.
  var isBlank: Bool { query.allSatisfy(\.isWhitespace) }

  /// True when the latest query is answered and found nothing.
  var foundNothing: Bool {
    !isPending && results.isEmpty && !isBlank
  }
}
