import Dispatch
import Synchronization
import Testing

@testable import KnowledgeGraph

/// A deferred background value builds exactly once, whether it is started,
/// started again, or only used; a search on an index whose background parts
/// were never started still answers, and answers the same.
@Suite struct BackgroundValueTests {
  @Test func deferredValueBuildsOnceOnFirstUse() {
    let builds = Atomic<Int>(0)
    let value = BackgroundValue(deferred: {
      builds.add(1, ordering: .relaxed)
      return 42
    })
    #expect(builds.load(ordering: .relaxed) == 0)
    #expect(value.value == 42)
    value.start()
    #expect(value.value == 42)
    #expect(builds.load(ordering: .relaxed) == 1)
  }

  @Test func startedFromManyThreadsBuildsOnce() async {
    let builds = Atomic<Int>(0)
    let value = BackgroundValue(deferred: {
      builds.add(1, ordering: .relaxed)
      return "built"
    })
    await withTaskGroup(of: String.self) { group in
      for _ in 0..<16 {
        group.addTask {
          value.start()
          return value.value
        }
      }
      for await result in group { #expect(result == "built") }
    }
    #expect(builds.load(ordering: .relaxed) == 1)
  }

  @Test func neverStartedValueNeverBuildsAndGoesAway() {
    let builds = Atomic<Int>(0)
    do {
      _ = BackgroundValue(deferred: {
        builds.add(1, ordering: .relaxed)
        return 1
      })
    }
    #expect(builds.load(ordering: .relaxed) == 0)
  }

  /// Searches that come before the slot columns are built treat every
  /// entity as a candidate: slower, but the same results, both from scratch
  /// and while typing.
  @Test func searchBeforeTheColumnsAreBuiltEqualsBruteForce() {
    var random = RandomGraph(seed: 5)
    let graph = SearchCorpus.graph(entities: 1_500, random: &random)
    let release = DispatchSemaphore(value: 0)
    let index = SearchIndex(graph: graph, startsBackgroundWork: true) { fields, types in
      release.wait()
      return SlotColumns(fields: fields, foldedTypes: types)
    }
    for query in SearchCorpus.queries(for: graph, count: 100, random: &random) {
      for limit in [1, 7, 40] {
        let found = index.search(query, limit: limit).map(SearchCorpus.describe)
        let expected = SearchCorpus.bruteForce(index, query, limit: limit).map(
          SearchCorpus.describe)
        #expect(found == expected, "query \"\(query)\" limit \(limit)")
      }
      let session = index.makeSession()
      for length in 1...query.count {
        let prefix = String(query.prefix(length))
        let found = session.search(prefix, limit: 10).map(SearchCorpus.describe)
        #expect(found == index.search(prefix, limit: 10).map(SearchCorpus.describe))
      }
    }
    #expect(index.pendingColumns.readyValue == nil)
    release.signal()
    index.finishBuilding()
    #expect(index.pendingColumns.readyValue != nil)
  }
}
