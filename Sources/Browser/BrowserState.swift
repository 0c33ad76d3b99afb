import KnowledgeGraph

/// Everything the browser shows, as a value. Interim version: a plain entity list.
public struct BrowserState: Sendable {
  public let graph: Graph
  public private(set) var size: ScreenSize
  public private(set) var selection: Int = 0

  public init(graph: Graph, start: EntityIndex?, size: ScreenSize) {
    self.graph = graph
    self.size = size
    self.selection = start?.position ?? 0
  }

  /// Applies one event and returns the effects the runner must carry out.
  public mutating func handle(_ event: InputEvent) -> [BrowserEffect] {
    switch event {
    case .key(.character("q")): return [.quit]
    case .key(.character("j")), .key(.down):
      selection = min(selection + 1, max(0, graph.entityCount - 1))
    case .key(.character("k")), .key(.up): selection = max(selection - 1, 0)
    case .key(.control("l")): return [.redrawAll]
    case .resize(let newSize): size = newSize
    default: break
    }
    return []
  }
}
