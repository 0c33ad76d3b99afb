import KnowledgeGraph

/// What the browser remembers across sessions, as plain values: the runner
/// loads it from disk, passes it to `BrowserState`, and saves
/// `BrowserState.sessionMemory` at the end. Entities are kept by id, so a
/// changed dataset only loses the entries whose entities are gone.
public struct SessionMemory: Hashable, Sendable {
  /// The most entries each list keeps; the oldest go first.
  public static let limit = 500

  public var bookmarks: [Bookmark]
  /// The back/forward stack as entity ids, oldest first; "" is the home screen.
  public var visits: [String]
  /// The position in `visits` of the page shown last.
  public var position: Int
  /// Entities opened, most recent last, each once.
  public var recent: [String]
  /// Search queries chosen from, most recent last, each once.
  public var searches: [String]
  /// `:` command lines run, most recent last, each once.
  public var commands: [String]
  /// Preferred label languages (`:set lang`), kept for RDF data.
  public var languages: [String]

  public init(
    bookmarks: [Bookmark] = [], visits: [String] = [], position: Int = 0, recent: [String] = [],
    searches: [String] = [], commands: [String] = [], languages: [String] = []
  ) {
    self.bookmarks = bookmarks
    self.visits = visits
    self.position = position
    self.recent = recent
    self.searches = searches
    self.commands = commands
    self.languages = languages
  }

  /// The entity the last session showed, else the last it opened.
  func lastEntity(in graph: Graph) -> EntityIndex? {
    if visits.indices.contains(position), let entity = graph.entityIndex(forID: visits[position]) {
      return entity
    }
    return recent.reversed().lazy.compactMap { graph.entityIndex(forID: $0) }.first
  }

  /// The stack up to the last page shown, without entities the graph lacks.
  func restoredHistory(in graph: Graph) -> History {
    var history = History()
    for id in visits.prefix(max(0, position + 1)) {
      let page: EntityIndex?? = id.isEmpty ? .some(nil) : graph.entityIndex(forID: id).map { $0 }
      guard let page, history.current.map({ $0.entity != page }) ?? true else { continue }
      history.push(page)
    }
    return history
  }

  /// Appends `entry` to a most-recent-last list, once, within `limit`.
  static func noting(_ entry: String, in list: [String]) -> [String] {
    Array((list.filter { $0 != entry } + [entry]).suffix(limit))
  }
}
