import GraphFixtures
import Foundation
import KnowledgeGraph

/// A seeded synthetic graph: varied names (a third with Chinese aliases,
/// some hostile), a few hubs with thousands of relations, a symmetric type
/// and provenance on some relations.
enum GeneratedGraph {
  static let tenThousand: Graph = make(entities: 10_000, seed: 7)

  private static let syllables = [
    "ka", "to", "ri", "mon", "zhi", "bei", "lan", "su", "xin", "hua", "tek", "ora", "vel", "qu",
  ]
  private static let hanzi = Array("阿里巴腾讯百度华为中国科技大学京沪杭州深圳集团研究院")
  private static let types = [
    "Company", "University", "City", "Person", "Research Lab", "Fund", "Product", "Agency",
  ]
  private static let relationKeys = [
    "subsidiary_of", "located_in", "founded_by", "partner_of", "invests_in", "works_at",
  ]

  static func make(entities count: Int, seed: UInt64) -> Graph {
    var generator = SplitMix64(seed: seed)
    var builder = GraphBuilder()
    for index in 0..<count {
      _ = builder.addEntity(
        id: "e\(index)", name: name(index, using: &generator),
        type: types.randomElement(using: &generator), aliases: aliases(using: &generator),
        description: index % 4 == 0 ? RandomText.string(length: 60, using: &generator) : nil,
        attributes: [Attribute(key: "rank", value: .number("\(index)"))])
    }
    for key in relationKeys {
      builder.declareRelationType(
        key: key, label: key.replacingOccurrences(of: "_", with: " "), inverseLabel: "has " + key,
        isSymmetric: key == "partner_of")
    }
    addRelations(to: &builder, count: count, using: &generator)
    let metadata = DatasetMetadata(
      title: "Generated \(count)", description: nil,
      sources: [Source(key: "news", title: "News", publisher: nil, published: nil, url: nil)])
    return builder.build(metadata: metadata).graph
  }

  private static func name(_ index: Int, using generator: inout SplitMix64) -> String {
    if index % 97 == 0 {
      return RandomText.string(length: Int.random(in: 1...12, using: &generator), using: &generator)
    }
    let words = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
      (0..<Int.random(in: 1...3, using: &generator)).map { _ in
        syllables.randomElement(using: &generator)!
      }
      .joined().capitalized
    }
    return words.joined(separator: " ")
  }

  private static func aliases(using generator: inout SplitMix64) -> [String] {
    guard Int.random(in: 0..<3, using: &generator) == 0 else { return [] }
    return [
      String(
        (0..<Int.random(in: 2...6, using: &generator)).map { _ in
          hanzi.randomElement(using: &generator)!
        })
    ]
  }

  private static func addRelations(
    to builder: inout GraphBuilder, count: Int, using generator: inout SplitMix64
  ) {
    let types = relationKeys.map { builder.relationType(forKey: $0) }
    for from in 0..<count {
      for _ in 0..<3 {
        let isHub = Int.random(in: 0..<10, using: &generator) < 3
        let to =
          isHub
          ? Int.random(in: 0..<5, using: &generator) : Int.random(in: 0..<count, using: &generator)
        let withQuote = Int.random(in: 0..<10, using: &generator) == 0
        builder.addRelation(
          from: EntityIndex(from), type: types.randomElement(using: &generator)!,
          to: EntityIndex(to),
          source: withQuote ? "news" : nil,
          quote: withQuote ? RandomText.string(length: 80, using: &generator) : nil, attributes: [])
      }
    }
  }
}
