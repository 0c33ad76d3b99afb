import Foundation
import KnowledgeGraph

/// The seeded search queries: 200 fragments of 1 to 12 characters cut from
/// real names and aliases at random offsets, so they include word starts,
/// word middles and fragments spanning a space (`ing univer`).
enum BenchQueries {
  static let count = 200

  static func make(for graph: Graph, seed: UInt64 = 7) -> [String] {
    var random = SeededRandom(seed: seed)
    var queries: [String] = []
    while queries.count < count, graph.entityCount > 0 {
      let entity = EntityIndex(random.below(graph.entityCount))
      let texts = [graph.name(of: entity)] + graph.aliases(of: entity)
      let text = Array(texts[random.below(texts.count)])
      let start = random.below(text.count)
      let length = 1 + random.below(12)
      let fragment = String(text[start..<min(text.count, start + length)])
      let query = fragment.trimmingCharacters(in: .whitespaces)
      if !query.isEmpty { queries.append(query) }
    }
    return queries
  }
}
