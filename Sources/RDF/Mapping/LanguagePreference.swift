/// Which language a name or description is taken in: the user's languages
/// first, then untagged text, then English, then any language.
public struct LanguagePreference: Hashable, Sendable {
  /// Language tags in order of preference, lowercased, e.g. `["zh", "en"]`.
  public let tags: [String]

  public init(tags: [String]) {
    self.tags = tags.map { $0.lowercased() }.filter { !$0.isEmpty }
  }

  /// `--lang` as written: a comma-separated list such as `zh,en`.
  public init(list: String) {
    self.init(tags: list.split(separator: ",").map { $0.trimmingWhitespace() })
  }

  /// The language of the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`):
  /// `zh_CN.UTF-8` prefers `zh`; the C and POSIX locales prefer nothing.
  public static func fromEnvironment(_ environment: [String: String]) -> LanguagePreference {
    let locale =
      ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }
      .first { !$0.isEmpty } ?? ""
    let language = locale.prefix { $0.isLetter }.lowercased()
    guard !language.isEmpty, language != "c", language != "posix" else {
      return LanguagePreference(tags: [])
    }
    return LanguagePreference(tags: [language])
  }

  /// Lower is better: a preferred language's place, then untagged, then
  /// English, then anything else. `zh-Hans` counts as `zh`.
  func rank(of tag: String) -> UInt8 {
    let tag = tag.lowercased()
    if let place = tags.firstIndex(where: { Self.tag(tag, isWithin: $0) }) {
      return UInt8(min(place, 200))
    }
    let base = UInt8(min(tags.count, 200))
    if tag.isEmpty { return base }
    return Self.tag(tag, isWithin: "en") ? base + 1 : base + 2
  }

  private static func tag(_ tag: String, isWithin range: String) -> Bool {
    tag == range || tag.hasPrefix(range + "-")
  }
}

extension Substring {
  fileprivate func trimmingWhitespace() -> String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
