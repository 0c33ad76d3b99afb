/// One step of a query term for `PairSignature` filtering: the term's
/// character at `start` must follow the previous one closely (`word`, `bit`)
/// or start a word.
struct PairRequirement: Sendable {
  let word: Int
  let bit: UInt64
  let start: UInt64

  /// The requirements of every positive single-term clause of a query.
  static func of(_ query: SearchQuery) -> [PairRequirement] {
    var requirements: [PairRequirement] = []
    for clause in query.clauses where clause.count == 1 && !clause[0].isNegated {
      let text = clause[0].text
      for position in text.indices.dropFirst() {
        let pair = PairSignature.pair(text[position - 1], text[position])
        requirements.append(
          PairRequirement(
            word: pair >> 6, bit: 1 << UInt64(pair & 63),
            start: PairSignature.startBit(text[position])))
      }
    }
    return requirements
  }
}
