import Dispatch
import Foundation
import GraphFixtures
@testable import GraphSearch
import KnowledgeGraph
import Parallel
import Synchronization
import Testing

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

  /// On threads of their own, since waiting for the value blocks them.
  @Test func startedFromManyThreadsBuildsOnce() {
    let builds = Atomic<Int>(0)
    let answers = Atomic<Int>(0)
    let value = BackgroundValue(deferred: {
      builds.add(1, ordering: .relaxed)
      return "built"
    })
    let done = DispatchGroup()
    for _ in 0..<8 {
      done.enter()
      Thread.detachNewThread {
        value.start()
        if value.value == "built" { answers.add(1, ordering: .relaxed) }
        done.leave()
      }
    }
    done.wait()
    #expect(answers.load(ordering: .relaxed) == 8)
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
      SearchCorpus.expectEqualsBruteForce(index, query, limits: [1, 7, 40], typingLimit: 10)
    }
    #expect(index.pendingColumns.readyValue == nil)
    release.signal()
    index.finishBuilding()
    #expect(index.pendingColumns.readyValue != nil)
  }
}
