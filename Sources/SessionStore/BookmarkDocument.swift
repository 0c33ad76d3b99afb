/// The bookmark file, `$XDG_DATA_HOME/kg/<stem>.bookmarks.json`: see
/// docs/state-files.md. Unknown keys are ignored; missing lists are empty.
public struct BookmarkDocument: StateDocument {
  public static let currentVersion = 1

  public var version = Self.currentVersion
  public var title = ""
  public var paths: [String] = []
  public var bookmarks: [StoredBookmark] = []
  /// Preferred languages for labels, e.g. `["zh", "en"]` (`:set lang`).
  public var languages: [String] = []

  public init() {}

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    version = try container.decode(Int.self, forKey: .version)
    title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
    paths = try container.decodeIfPresent([String].self, forKey: .paths) ?? []
    bookmarks = try container.decodeIfPresent([StoredBookmark].self, forKey: .bookmarks) ?? []
    languages = try container.decodeIfPresent([String].self, forKey: .languages) ?? []
  }
}
