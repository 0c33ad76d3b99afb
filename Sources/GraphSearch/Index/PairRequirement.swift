/// One step of a query term for `PairSignature` filtering: the term's
/// character at some position must follow the previous one closely (the
/// pair's column in `SlotColumns`) or start a word inside a field (the start column).
struct PairRequirement: Equatable, Sendable {
  let pairColumn: Int
  let startColumn: Int

  /// The requirements of every positive single-term clause of a query.
  static func of(_ query: SearchQuery) -> [PairRequirement] {
    var requirements: [PairRequirement] = []
    for clause in query.clauses where clause.count == 1 && !clause[0].isNegated {
      let text = clause[0].text
      for position in text.indices.dropFirst() {
        let pair = PairSignature.pair(text[position - 1], text[position])
        let requirement = PairRequirement(
          pairColumn: SlotColumns.pairColumn(pair),
          startColumn: SlotColumns.innerStartColumn(PairSignature.startBit(text[position])))
        if !requirements.contains(requirement) { requirements.append(requirement) }
      }
    }
    return requirements
  }
}
