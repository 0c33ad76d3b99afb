import GraphSearch
import KnowledgeGraph

/// Everything that can change the browser's state: input from the terminal,
/// and results of work the browser asked for (such as a search) coming back.
public enum InputEvent: Hashable, Sendable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(ScreenSize)
  /// Results for the search with this generation; older generations are stale and ignored.
  case searchResults(generation: Int, results: [SearchResult])
  /// The shortest path for the request with this generation, or nil when there is none.
  case pathResult(generation: Int, steps: [PathStep]?)
  /// A line for the status line from the runner: a saved file, a failed write.
  case notice(String)
  /// The home screen's type counts and hubs, worked out off the input loop on a large graph.
  case homeStatistics(HomeStatistics)
  /// The bookmarks as now stored, merged with other sessions' changes.
  case bookmarks([Bookmark])
  /// File paths starting with what was typed, for the command line's Tab.
  case fileCompletions(generation: Int, paths: [String])
  /// The endpoint page asked for with this generation.
  case page(generation: Int, page: PageGraph)
  /// Why the endpoint page asked for with this generation could not be fetched, in one line.
  case pageFailed(generation: Int, message: String)
  /// Search results from an endpoint, ranked, with the graph that names them.
  case endpointSearchResults(generation: Int, results: [SearchResult], graph: PageGraph)
  /// A path found over an endpoint, as steps in `graph`; nil steps when
  /// there is none within the budget, with the reason as `message`.
  case endpointPath(generation: Int, steps: [PathStep]?, graph: PageGraph?, message: String?)
}
