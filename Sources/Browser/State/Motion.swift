/// A cursor movement, decoded from the keys users expect (see the help overlay).
enum Motion: Hashable, Sendable {
  case up, down, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom

  /// The motion for a key; letters (`j`, `k`, `g`, `G`) only where typing
  /// does not take them, i.e. not in a query line.
  init?(key: Key, lettersAllowed: Bool) {
    switch key {
    case .up, .control("p"): self = .up
    case .down, .control("n"): self = .down
    case .pageUp, .control("b"): self = .pageUp
    case .pageDown, .control("f"): self = .pageDown
    case .home: self = .top
    case .end: self = .bottom
    case .control("u"): self = .halfPageUp
    case .control("d"): self = .halfPageDown
    case .character(let letter) where lettersAllowed:
      guard let motion = Self.letters[letter] else { return nil }
      self = motion
    default: return nil
    }
  }

  private static let letters: [Character: Motion] = [
    "k": .up, "j": .down, "g": .top, "G": .bottom,
  ]

  /// Where the cursor lands from `cursor` in a list of `count` rows shown `page` at a time.
  func target(from cursor: Int, count: Int, page: Int) -> Int {
    let page = max(1, page)
    switch self {
    case .up: return cursor - 1
    case .down: return cursor + 1
    case .pageUp: return cursor - page
    case .pageDown: return cursor + page
    case .halfPageUp: return cursor - max(1, page / 2)
    case .halfPageDown: return cursor + max(1, page / 2)
    case .top: return 0
    case .bottom: return count - 1
    }
  }
}
