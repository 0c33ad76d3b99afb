/// The history file, `$XDG_STATE_HOME/kg/<stem>.history.json`: see
/// docs/state-files.md. Every list is capped at `HistoryDocument.limit`.
public struct HistoryDocument: StateDocument {
  public static let currentVersion = 1
  /// The most entries any list keeps; older ones are dropped first.
  public static let limit = 500

  public var version = Self.currentVersion
  public var title = ""
  public var paths: [String] = []
  /// The back/forward stack as entity ids, oldest first; "" stands for the home screen.
  public var visits: [String] = []
  /// The stack position of the page shown at quit.
  public var position = 0
  /// Entities opened, most recent last, each once.
  public var recent: [String] = []
  /// Search queries, most recent last, each once.
  public var searches: [String] = []
  /// `:` command lines, most recent last, each once.
  public var commands: [String] = []

  public init() {}

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    version = try container.decode(Int.self, forKey: .version)
    title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
    paths = try container.decodeIfPresent([String].self, forKey: .paths) ?? []
    visits = try container.decodeIfPresent([String].self, forKey: .visits) ?? []
    position = try container.decodeIfPresent(Int.self, forKey: .position) ?? 0
    recent = try container.decodeIfPresent([String].self, forKey: .recent) ?? []
    searches = try container.decodeIfPresent([String].self, forKey: .searches) ?? []
    commands = try container.decodeIfPresent([String].self, forKey: .commands) ?? []
  }

  /// The lists capped to `limit`, newest kept, and a position inside the stack.
  func capped() -> HistoryDocument {
    var document = self
    let dropped = max(0, visits.count - Self.limit)
    document.visits = Array(visits.suffix(Self.limit))
    document.position = min(max(0, position - dropped), max(0, document.visits.count - 1))
    document.recent = Array(recent.suffix(Self.limit))
    document.searches = Array(searches.suffix(Self.limit))
    document.commands = Array(commands.suffix(Self.limit))
    return document
  }
}
