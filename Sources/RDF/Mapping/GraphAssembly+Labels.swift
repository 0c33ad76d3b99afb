import KnowledgeGraph

/// Choosing one text among a node's labels or descriptions, by language
/// first and predicate second.
extension GraphAssembly {
  func bestLabel(of node: Int) -> StringRef? {
    best(among: labelGroups.records(of: node), in: mapper.labels) { role in
      if case .label(let rank) = role { return rank }
      return nil
    }
  }

  func bestDescription(of node: Int) -> StringRef? {
    best(among: descriptionGroups.records(of: node), in: mapper.descriptions) { role in
      if case .description(let rank) = role { return rank }
      return nil
    }
  }

  private func best(
    among indices: some Sequence<Int>, in records: [LiteralRecord], rank: (PredicateRole) -> UInt8?
  ) -> StringRef? {
    var best: (score: UInt16, value: StringRef)?
    for index in indices {
      let record = records[index]
      guard let predicateRank = rank(mapper.roles[Int(record.predicate)]) else { continue }
      let score = UInt16(languageRanks[Int(record.language)]) << 8 | UInt16(predicateRank)
      if best.map({ score < $0.score }) ?? true { best = (score, record.value) }
    }
    return best?.value
  }

  /// What a node is called wherever it is named by something else: its
  /// label, else its local name made readable.
  func displayName(ofNode node: Int) -> String {
    if let label = bestLabel(of: node) { return mapper.builder.strings.string(label) }
    let key = mapper.nodes.key(node)
    return key.hasPrefix("_:") ? key : ReadableName.entity(key)
  }

  /// A predicate's label: its own `rdfs:label` when the data gives one,
  /// else its local name made readable.
  func predicateLabel(_ predicate: Int) -> String {
    if let node = kinds.predicateNode[predicate], let label = bestLabel(of: Int(node)) {
      return mapper.builder.strings.string(label)
    }
    return ReadableName.predicate(mapper.predicates.key(predicate))
  }
}
