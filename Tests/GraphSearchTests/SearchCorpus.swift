import GraphFixtures
@testable import GraphSearch
import KnowledgeGraph
import Testing

/// Seeded random graphs and queries for checking search against brute force:
/// names built from a few shared syllables, a third with a Chinese alias,
/// skewed degrees, and queries cut from names at random offsets, some with
/// operators.
enum SearchCorpus {
  static let syllables = [
    "ko", "lin", "wei", "an", "io", "tech", "ex", "al", "sen", "lu", "ra", "po", "mei", "ven",
  ]
  static let suffixes = ["Group", "Co.", "Robotics", "Labs", "AI", "University", "Holdings"]
  static let ideographs = Array("云钉马猪义淘飞摩天猫智里")
  static let types = ["Company", "Lab", "Research Institute"]
  static let descriptionWords = [
    "cloud", "robotics", "art", "artificial", "models", "chips", "lab",
  ]

  static func graph(entities: Int, random: inout RandomGraph) -> Graph {
    var builder = GraphBuilder()
    for entity in 0..<entities {
      let aliases = random.next(below: 3) == 0 ? [alias(&random)] : []
      let description =
        random.next(below: 2) == 0
        ? (0..<4).map { _ in descriptionWords[random.next(below: descriptionWords.count)] }
          .joined(separator: " ") : nil
      _ = builder.addEntity(
        id: "e\(entity)", name: name(&random), type: types[random.next(below: types.count)],
        aliases: aliases, description: description, attributes: [])
    }
    let related = builder.relationType(forKey: "related")
    for _ in 0..<entities * 2 {
      let hub = random.next(below: 4) == 0 ? random.next(below: 20) : random.next(below: entities)
      builder.addRelation(
        from: EntityIndex(hub), type: related, to: EntityIndex(random.next(below: entities)),
        source: nil, quote: nil, attributes: [])
    }
    return builder.build(metadata: DatasetMetadata(title: "random", description: nil, sources: []))
      .graph
  }

  static func queries(for graph: Graph, count: Int, random: inout RandomGraph) -> [String] {
    var queries: [String] = []
    while queries.count < count {
      let entity = EntityIndex(random.next(below: graph.entityCount))
      let texts = [graph.name(of: entity), graph.id(of: entity)] + graph.aliases(of: entity)
      let text = Array(texts[random.next(below: texts.count)])
      let start = random.next(below: text.count)
      let fragment = String(text[start..<min(text.count, start + 1 + random.next(below: 12))])
      let query = decorate(trimmed(fragment), random: &random)
      if !query.isEmpty { queries.append(query) }
    }
    return queries
  }

  /// Ranks every entity: the reference the indexed search must equal.
  /// Expects each search for `query` to equal the brute-force ranking, at
  /// each of `limits`, and a session typing it to equal a fresh search at
  /// every prefix.
  static func expectEqualsBruteForce(
    _ index: SearchIndex, _ query: String, limits: [Int], typingLimit: Int
  ) {
    for limit in limits {
      let found = index.search(query, limit: limit).map(describe)
      let expected = bruteForce(index, query, limit: limit).map(describe)
      #expect(found == expected, "query \"\(query)\" limit \(limit)")
    }
    let session = index.makeSession()
    for length in 1...query.count {
      let prefix = String(query.prefix(length))
      let found = session.search(prefix, limit: typingLimit).map(describe)
      #expect(
        found == index.search(prefix, limit: typingLimit).map(describe), "typed \"\(prefix)\"")
    }
  }

  static func bruteForce(_ index: SearchIndex, _ query: String, limit: Int) -> [SearchResult] {
    let prepared = index.prepare(query)
    guard !prepared.query.isEmpty, limit > 0 else { return [] }
    let ranked = index.fields.bytes.withUnsafeBufferPointer { bytes in
      var matcher = EntityMatcher(index: index, query: prepared, bytes: bytes)
      var all: [RankedCandidate] = []
      for slot in 0..<index.graph.entityCount {
        if let candidate = matcher.evaluate(slot: slot) {
          all.append(candidate)
        } else if let candidate = matcher.evaluate(slot: slot, readingDescriptions: true),
          candidate.key.kind == .description
        {
          all.append(candidate)
        }
      }
      return all.sorted { $1.key < $0.key }.prefix(limit)
    }
    return index.results(for: Array(ranked), of: prepared)
  }

  /// The slots that match a query outside descriptions, found without any filter.
  static func matchingSlots(_ index: SearchIndex, _ prepared: PreparedQuery) -> [UInt32] {
    matchingKeys(index, prepared).map(\.slot)
  }

  /// The slots that match a query outside descriptions, with their keys.
  static func matchingKeys(_ index: SearchIndex, _ prepared: PreparedQuery) -> [(
    slot: UInt32, key: RankKey
  )] {
    index.fields.bytes.withUnsafeBufferPointer { bytes in
      var matcher = EntityMatcher(index: index, query: prepared, bytes: bytes)
      return (0..<index.graph.entityCount).compactMap { slot in
        guard let found = matcher.evaluate(slot: slot, readingDescriptions: true),
          found.key.kind != .description
        else { return nil }
        return (UInt32(slot), found.key)
      }
    }
  }

  static func describe(_ result: SearchResult) -> String {
    "\(result.entity.position) \(result.kind) \(result.score) \(result.field) \(result.positions)"
  }

  private static func trimmed(_ text: String) -> String {
    String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }

  private static func name(_ random: inout RandomGraph) -> String {
    let words = (0...random.next(below: 3)).map { _ in
      let word = (0...random.next(below: 2)).map { _ in
        syllables[random.next(below: syllables.count)]
      }
      .joined()
      return word.prefix(1).uppercased() + word.dropFirst()
    }
    let suffix = random.next(below: 3) == 0 ? [suffixes[random.next(below: suffixes.count)]] : []
    return (words + suffix).joined(separator: " ")
  }

  private static func alias(_ random: inout RandomGraph) -> String {
    if random.next(below: 2) == 0 {
      return String((0...random.next(below: 4)).map { _ in ideographs[random.next(below: 12)] })
    }
    return syllables[random.next(below: syllables.count)].uppercased()
  }

  /// Sometimes adds an operator, a second fragment or a type restriction.
  private static func decorate(_ fragment: String, random: inout RandomGraph) -> String {
    switch random.next(below: 10) {
    case 0: "^" + fragment
    case 1: fragment + "$"
    case 2: "'" + fragment
    case 3: fragment + " !" + syllables[random.next(below: syllables.count)]
    case 4: fragment + " | " + syllables[random.next(below: syllables.count)]
    case 5: fragment + " type:" + types[random.next(below: types.count)].prefix(3)
    default: fragment
    }
  }
}
