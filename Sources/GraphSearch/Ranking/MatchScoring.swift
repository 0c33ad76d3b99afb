/// fzf's scoring of a match inside one field: points per matched character,
/// bonuses where a match starts a word or continues a run, penalties for gaps.
///
/// Constants and rules follow fzf's `algo.go` (v1 matcher), minus the
/// camel-case bonus, which folded lowercase text cannot see.
enum MatchScoring {
  static let match: Int32 = 16
  static let gapStart: Int32 = -3
  static let gapExtension: Int32 = -1
  static let boundary: Int32 = match / 2
  static let nonWord: Int32 = match / 2
  static let boundaryWhite: Int32 = boundary + 2
  static let boundaryDelimiter: Int32 = boundary + 1
  static let number: Int32 = boundary + gapExtension
  static let consecutive: Int32 = -(gapStart + gapExtension)
  static let firstCharacterMultiplier: Int32 = 2

  /// The bonus for matching a character of class `current` right after `previous`.
  @inline(__always)
  static func bonus(previous: ByteClass, current: ByteClass) -> Int32 {
    if current.isWord {
      switch previous {
      case .white: return boundaryWhite
      case .delimiter: return boundaryDelimiter
      case .nonWord: return boundary
      case .letter: return current == .number ? number : 0
      case .number: return 0
      }
    }
    return current == .white ? boundaryWhite : nonWord
  }

  /// True when a word starts at `position`: a letter or digit after a space or punctuation.
  @inline(__always)
  static func isWordStart(_ field: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
    guard ByteClass.isWord(field[position]) else { return false }
    return position == 0 || !ByteClass.isWord(field[position - 1])
  }

  /// Scores matched byte offsets (ascending) in `field` as fzf's
  /// `calculateScore` does: points per character, bonuses at word starts and
  /// along runs, penalties for the gaps between them.
  @inline(__always)
  static func score<Positions: Sequence<Int>>(
    field: UnsafeBufferPointer<UInt8>, positions: Positions
  ) -> Int32 {
    var total: Int32 = 0
    var run = 0
    var firstBonus: Int32 = 0
    var previousPosition = -1
    for position in positions {
      if previousPosition >= 0, position > previousPosition + 1 {
        total += gapStart + Int32(position - previousPosition - 2) * gapExtension
        run = 0
      }
      let previous = position > 0 ? ByteClass(field[position - 1]) : .white
      var bonus = self.bonus(previous: previous, current: ByteClass(field[position]))
      if run == 0 {
        firstBonus = bonus
      } else {
        if bonus >= boundary, bonus > firstBonus { firstBonus = bonus }
        bonus = max(bonus, firstBonus, consecutive)
      }
      total += match + (previousPosition < 0 ? bonus * firstCharacterMultiplier : bonus)
      run += 1
      previousPosition = position
    }
    return total
  }
}
