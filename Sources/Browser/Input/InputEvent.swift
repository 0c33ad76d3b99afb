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
}
