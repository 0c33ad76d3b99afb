/// Whether two sets of statements are the same graph up to blank-node renaming: colour
/// refinement narrows the candidates for each blank node, backtracking finds a bijection.
enum GraphIsomorphism {
  static func isomorphic(_ first: [RecordedStatement], _ second: [RecordedStatement]) -> Bool {
    let left = Set(first)
    let right = Set(second)
    guard left.count == right.count else { return false }
    let leftColors = colors(left)
    let rightColors = colors(right)
    guard leftColors.count == rightColors.count,
      leftColors.values.sorted() == rightColors.values.sorted()
    else { return false }
    let order = leftColors.keys.sorted()
    var mapping: [String: String] = [:]
    var used: Set<String> = []
    return search(order[...], leftColors, rightColors, &mapping, &used) { found in
      Set(left.map { rename($0, found) }) == right
    }
  }

  private static func search(
    _ remaining: ArraySlice<String>, _ leftColors: [String: Int], _ rightColors: [String: Int],
    _ mapping: inout [String: String], _ used: inout Set<String>,
    check: ([String: String]) -> Bool
  ) -> Bool {
    guard let label = remaining.first else { return check(mapping) }
    for (candidate, color) in rightColors
    where color == leftColors[label] && !used.contains(candidate) {
      mapping[label] = candidate
      used.insert(candidate)
      if search(remaining.dropFirst(), leftColors, rightColors, &mapping, &used, check: check) {
        return true
      }
      used.remove(candidate)
    }
    mapping[label] = nil
    return false
  }

  private static func rename(_ statement: RecordedStatement, _ mapping: [String: String])
    -> RecordedStatement
  {
    func map(_ term: RecordedTerm) -> RecordedTerm {
      term.kind == .blankNode ? .blank(mapping[term.value] ?? term.value) : term
    }
    return RecordedStatement(
      subject: map(statement.subject), predicate: map(statement.predicate),
      object: map(statement.object), graph: statement.graph.map(map))
  }

  /// A colour per blank node from its neighbourhood, refined a few rounds.
  private static func colors(_ graph: Set<RecordedStatement>) -> [String: Int] {
    var colors: [String: Int] = [:]
    for statement in graph {
      for term in statement.terms where term.kind == .blankNode { colors[term.value] = 0 }
    }
    for _ in 0..<4 {
      var signatures: [String: [Int]] = colors.mapValues { _ in [] }
      for statement in graph {
        let terms = statement.terms
        for (position, term) in terms.enumerated() where term.kind == .blankNode {
          var hasher = Hasher()
          hasher.combine(position)
          for other in terms {
            if other.kind == .blankNode {
              hasher.combine(colors[other.value])
            } else {
              hasher.combine(other)
            }
          }
          signatures[term.value]!.append(hasher.finalize())
        }
      }
      colors = signatures.mapValues { $0.sorted().hashValue }
    }
    return colors
  }
}
