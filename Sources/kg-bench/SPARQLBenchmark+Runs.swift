import Browser
import Foundation
import SPARQL

extension SPARQLBenchmark {
  /// Opens `iris` one after another in one browser session, then goes back
  /// and forward through the last pages visited.
  func openPages(_ iris: [String], source: EndpointSource, counting: CountingQueries) throws
    -> PageRun
  {
    var browsing = EndpointBrowsing(source: source, size: Self.screen)
    var run = PageRun()
    _ = counting.take()
    run.residentMiB[0] = ResidentMemory.current()
    let clock = ContinuousClock()
    for (offset, iri) in iris.enumerated() {
      let start = clock.now
      try browsing.open(iri)
      run.milliseconds.append((clock.now - start).seconds * 1000)
      guard let shown = browsing.lastShown, let entity = shown.entity else {
        throw BenchError("the endpoint gave no page for \(iri)")
      }
      let sent = counting.take()
      run.queries.append(sent.count)
      run.clientMilliseconds.append(sent.reduce(0) { $0 + $1.seconds } * 1000)
      if offset < replayCount { run.recorded.append(sent) }
      if offset < searchNameCount { run.names.append(shown.graph.name(of: entity)) }
      if Self.memoryMarks.contains(offset + 1) {
        run.residentMiB[offset + 1] = ResidentMemory.current()
      }
    }
    let (fetched, fromCache) = (browsing.fetched, browsing.answeredFromCache)
    let keys =
      Array(repeating: Key.left, count: historySteps)
      + Array(repeating: Key.character("]"), count: historySteps)
    for key in keys {
      let (start, cpu) = (clock.now, ThreadCPUTime.milliseconds())
      try browsing.press(key)
      run.historyMilliseconds.append((clock.now - start).seconds * 1000)
      run.historyCPUMilliseconds.append(ThreadCPUTime.milliseconds() - cpu)
    }
    run.retries = browsing.retry.count
    run.historyFetches = browsing.fetched - fetched
    run.historyFromCache = browsing.answeredFromCache - fromCache
    _ = counting.take()
    return run
  }

  /// Types each name a character at a time from its third, searching at
  /// every character, as the browser would with no pause in typing.
  func typeSearches(_ names: [String], source: EndpointSource, counting: CountingQueries) throws
    -> SearchRun
  {
    var run = SearchRun()
    var retry = TransientRetry()
    _ = counting.take()
    let clock = ContinuousClock()
    for name in names {
      let characters = Array(name)
      for length in 3...max(3, characters.count) where length <= characters.count {
        let query = String(characters.prefix(length))
        let start = clock.now
        _ = try retry.run { try source.search(query, limit: Self.searchLimit) }
        run.milliseconds.append((clock.now - start).seconds * 1000)
        let sent = counting.take()
        run.queries.append(query)
        run.sent.append(sent.count)
        run.clientMilliseconds.append(sent.reduce(0) { $0 + $1.seconds } * 1000)
        if run.recorded.count < replayCount { run.recorded.append(sent) }
      }
    }
    run.retries = retry.count
    return run
  }

  /// Fetches the endpoint's label index and writes it to `file`, timed,
  /// with the memory it adds.
  func fetchLabelIndex(source: EndpointSource, counting: CountingQueries, file: LabelIndexFile)
    throws -> (LabelIndexLoader, LabelIndexRun)
  {
    _ = counting.take()
    let before = ResidentMemory.current()
    let clock = ContinuousClock()
    let start = clock.now
    let loader = LabelIndexLoader(file: file)
    loader.load(from: source)
    guard let index = loader.ready else {
      throw BenchError("no label index: \(loader.state)")
    }
    var run = LabelIndexRun()
    run.seconds = (clock.now - start).seconds
    run.residentMiB = ResidentMemory.current() - before
    run.cardMiB = Double(index.cardBytes) / 1_048_576
    run.entities = index.entityCount
    run.triples = index.tripleCount
    run.queries = counting.take().count
    return (loader, run)
  }

  /// A second session with the index `file` holds: the time to read it
  /// alone, then a session whose loader starts reading it as the browser
  /// does while `names` are typed at once. The loader's freshness count
  /// goes through `uncounted`, so that it is not taken for a search's query.
  func searchWithStoredIndex(
    _ names: [String], file: LabelIndexFile, source: EndpointSource, uncounted: EndpointSource,
    counting: CountingQueries
  ) throws -> StoredIndexRun {
    var run = StoredIndexRun()
    let clock = ContinuousClock()
    let start = clock.now
    guard let stored = file.read() else {
      throw BenchError("no stored label index at \(file.path)")
    }
    _ = try EndpointLabelIndex(stored: stored, source: source)
    run.loadSeconds = (clock.now - start).seconds
    let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
    run.fileMiB = Double(size) / 1_048_576
    var session = source
    session.labelIndex = LabelIndexLoader(file: file)
    session.labelIndex?.start(from: uncounted, on: .global())
    run.searches = try typeSearches(names, source: session, counting: counting)
    return run
  }

  /// A shortest path within four hops between each pair, with the budget's
  /// other limits at their defaults.
  func findPaths(_ pairs: [(String, String)], source: EndpointSource) throws -> PathRun {
    var run = PathRun()
    var retry = TransientRetry()
    let clock = ContinuousClock()
    for (start, goal) in pairs {
      let began = clock.now
      let outcome = try retry.run {
        try source.path(from: start, to: goal, budget: PathBudget(maxHops: 4))
      }
      run.milliseconds.append((clock.now - began).seconds * 1000)
      switch outcome {
      case .found(_, _, _, _, let queries):
        run.found += 1
        run.queries.append(queries)
      case .none(_, let queries, let isExhausted):
        run.queries.append(queries)
        if isExhausted { run.exhausted += 1 }
      }
    }
    run.retries = retry.count
    return run
  }
}
