/// One word of a parsed query, folded like the indexed text.
struct QueryTerm: Hashable, Sendable {
  /// Folded UTF-8 bytes; never empty and never containing a space.
  let text: [UInt8]
  let anchor: TermAnchor
  /// `!word`: the entity must not match the term.
  let isNegated: Bool
  /// Characters the term needs; see `CharacterMask`.
  let mask: UInt64

  init(text: [UInt8], anchor: TermAnchor, isNegated: Bool) {
    self.text = text
    self.anchor = anchor
    self.isNegated = isNegated
    self.mask = CharacterMask.of(text)
  }

  /// Fuzzy subsequence matching works on bytes, so only pure-ASCII terms use it;
  /// other scripts match as substrings.
  var allowsScatteredMatch: Bool { anchor == .fuzzy && text.allSatisfy { $0 < 0x80 } }

  /// Descriptions match word prefixes of at least three bytes: shorter ones
  /// would match nearly every description and tell the user nothing.
  var searchesDescriptions: Bool {
    !isNegated && (anchor == .fuzzy || anchor == .substring) && text.count >= 3
  }

  /// True when every field matching `self` also matches `wider`, so results of
  /// `wider` can be narrowed instead of searching again.
  func narrows(_ wider: QueryTerm) -> Bool {
    guard anchor == wider.anchor, isNegated == wider.isNegated else { return false }
    if isNegated || anchor == .whole { return text == wider.text }
    if anchor == .suffix {
      return text.count >= wider.text.count
        && text.suffix(wider.text.count).elementsEqual(wider.text)
    }
    return text.count >= wider.text.count && text.prefix(wider.text.count).elementsEqual(wider.text)
  }
}
