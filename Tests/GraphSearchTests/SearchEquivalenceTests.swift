import GraphFixtures
@testable import GraphSearch
import KnowledgeGraph
import Testing

/// The indexed, early-stopping search must return exactly what ranking every
/// entity by brute force returns, on seeded random graphs whose names share
/// syllables (so queries have many near-equal matches and ties in degree).
@Suite struct SearchEquivalenceTests {
  @Test(arguments: [UInt64(1), 2, 3])
  func searchEqualsBruteForce(seed: UInt64) {
    var random = RandomGraph(seed: seed)
    let index = SearchIndex(graph: SearchCorpus.graph(entities: 1_500, random: &random))
    for query in SearchCorpus.queries(for: index.graph, count: 150, random: &random) {
      for limit in [1, 7, 40] {
        let found = index.search(query, limit: limit).map(SearchCorpus.describe)
        let expected = SearchCorpus.bruteForce(index, query, limit: limit).map(
          SearchCorpus.describe)
        #expect(found == expected, "query \"\(query)\" limit \(limit)")
      }
    }
  }

  /// Large enough that scans run in parallel slices, and that sessions
  /// narrow many previous matches.
  @Test func parallelSearchEqualsBruteForce() {
    var random = RandomGraph(seed: 9)
    let index = SearchIndex(
      graph: SearchCorpus.graph(
        entities: SearchIndex.parallelScanThreshold + 4_000, random: &random))
    for query in SearchCorpus.queries(for: index.graph, count: 40, random: &random) {
      SearchCorpus.expectEqualsBruteForce(index, query, limits: [10, 100], typingLimit: 20)
    }
  }

  @Test(arguments: [UInt64(4), 5])
  func sessionEqualsSearchWhileTyping(seed: UInt64) {
    var random = RandomGraph(seed: seed)
    let index = SearchIndex(graph: SearchCorpus.graph(entities: 1_200, random: &random))
    for query in SearchCorpus.queries(for: index.graph, count: 60, random: &random) {
      let session = index.makeSession()
      let typed = Array(query)
      for length in 1...typed.count {
        let prefix = String(typed[..<length])
        let found = session.search(prefix, limit: 10).map(SearchCorpus.describe)
        let expected = index.search(prefix, limit: 10).map(SearchCorpus.describe)
        #expect(found == expected, "typed \"\(prefix)\" of \"\(query)\"")
      }
    }
  }

  @Test func candidateFilterKeepsEveryMatch() {
    var random = RandomGraph(seed: 6)
    let index = SearchIndex(graph: SearchCorpus.graph(entities: 1_000, random: &random))
    for query in SearchCorpus.queries(for: index.graph, count: 200, random: &random) {
      let prepared = index.prepare(query)
      let candidates = index.columns.candidates(for: prepared)
      let matching = SearchCorpus.matchingSlots(index, prepared)
      #expect(matching.allSatisfy { candidates.contains(Int($0)) }, "query \"\(query)\"")
    }
  }

  @Test func contiguousCandidatesKeepEverySubstringMatch() {
    var random = RandomGraph(seed: 7)
    let index = SearchIndex(graph: SearchCorpus.graph(entities: 1_000, random: &random))
    for query in SearchCorpus.queries(for: index.graph, count: 200, random: &random) {
      let prepared = index.prepare(query)
      let candidates = index.columns.candidates(for: prepared)
      let holding = index.columns.split(
        candidates, by: prepared.substringBound.gramColumns
      ).holding
      for (slot, key) in SearchCorpus.matchingKeys(index, prepared) where key.kind >= .substring {
        #expect(holding.contains(Int(slot)), "query \"\(query)\"")
      }
    }
  }

  @Test func boundsHoldForEveryMatch() {
    var random = RandomGraph(seed: 8)
    let index = SearchIndex(graph: SearchCorpus.graph(entities: 1_000, random: &random))
    let columns = index.columns
    for query in SearchCorpus.queries(for: index.graph, count: 200, random: &random) {
      let prepared = index.prepare(query)
      for (slot, key) in SearchCorpus.matchingKeys(index, prepared) {
        let slot = Int(slot)
        if key.kind < .wordBoundary {
          #expect(key.primary <= prepared.substringBound.best(slot: slot, columns: columns))
        } else if prepared.phrase == nil || key.kind != .exact {
          #expect(key.score <= prepared.bestScoreAtWordStarts, "query \"\(query)\"")
        }
      }
    }
  }
}
