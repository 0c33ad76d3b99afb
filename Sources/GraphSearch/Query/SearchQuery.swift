/// A parsed search query: clauses joined by AND, each a list of terms joined by
/// OR, plus `type:` restrictions. See `docs/search.md` for the syntax.
struct SearchQuery: Hashable, Sendable {
  /// Clauses that must all match; a clause matches when any of its terms does.
  let clauses: [[QueryTerm]]
  /// Folded prefixes from `type:` words; an entity's type must start with one of them.
  let typePrefixes: [[UInt8]]

  /// True when the query asks for nothing, e.g. empty or only whitespace.
  var isEmpty: Bool { clauses.isEmpty && typePrefixes.isEmpty }

  /// The plain words joined by single spaces when the query is two or more plain
  /// words, so a field equal to the whole phrase ranks as an exact match.
  var phrase: [UInt8]? {
    guard clauses.count >= 2,
      clauses.allSatisfy({
        $0.count == 1 && !$0[0].isNegated && ($0[0].anchor == .fuzzy || $0[0].anchor == .substring)
      })
    else { return nil }
    return Array(clauses.map(\.[0].text).joined(separator: [0x20]))
  }

  /// The characters every matching entity holds in one of its fields.
  var requiredMask: UInt64 {
    clauses.reduce(0) { mask, clause in
      clause.count == 1 && !clause[0].isNegated ? mask | clause[0].mask : mask
    }
  }

  /// True when every entity matching `self` also matches `wider` on names,
  /// aliases, ids and types, so a search can narrow `wider`'s matches instead
  /// of scanning everything: the fzf rule for a query that only grows.
  func narrows(_ wider: SearchQuery) -> Bool {
    guard clauses.count >= wider.clauses.count, typePrefixes.count == wider.typePrefixes.count
    else { return false }
    for (prefix, widerPrefix) in zip(typePrefixes, wider.typePrefixes)
    where !prefix.starts(with: widerPrefix) {
      return false
    }
    for (clause, widerClause) in zip(clauses, wider.clauses) {
      guard clause.count == 1, widerClause.count == 1, clause[0].narrows(widerClause[0]) else {
        guard clause == widerClause else { return false }
        continue
      }
    }
    return true
  }
}
