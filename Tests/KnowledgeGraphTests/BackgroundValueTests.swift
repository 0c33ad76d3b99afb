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

  @Test func searchWithUnstartedBackgroundPartsMatchesAStartedIndex() {
    var random = RandomGraph(seed: 5)
    let graph = SearchCorpus.graph(entities: 800, random: &random)
    let deferred = SearchIndex(graph: graph, startsBackgroundWork: false)
    let started = SearchIndex(graph: graph)
    for query in SearchCorpus.queries(for: graph, count: 40, random: &random) {
      let found = deferred.search(query, limit: 20).map(SearchCorpus.describe)
      let expected = started.search(query, limit: 20).map(SearchCorpus.describe)
      #expect(found == expected, "query \"\(query)\"")
    }
  }
}
