import Browser
import Foundation
import RDF
import SPARQL
import TestEndpoints

/// The speed bars of issue #16 for live SPARQL endpoints, measured against a
/// real Oxigraph loaded with the generated graph: opening pages, going back
/// and forward, search as typed, paths, and memory while browsing. A
/// benchmark, never a timed test: the figures depend on the machine and on
/// what else runs on it, so they are reported with their bars, not asserted.
///
/// The same queries are then sent by curl, whose `time_total` is Oxigraph's
/// part (the endpoint and loopback HTTP); the rest of a page's time is kg's.
/// Each figure is the median of its per-run values (`--runs`), since two
/// shared cores make single runs noisy.
struct SPARQLBenchmark: Benchmark {
  let name = "sparql"
  let pageCount = 1_000
  let searchNameCount = 50
  /// Names typed into search before the label index is ready: each search
  /// then scans every label on the endpoint (0.7 s), so fewer than after.
  let coldSearchNameCount = 20
  let pathPairCount = 100
  /// Pages and searches whose queries curl replays.
  let replayCount = 100
  /// Back presses, then as many forward presses, after the page opens.
  let historySteps = 200
  static let screen = ScreenSize(columns: 120, rows: 40)
  /// Results a search asks for, as the terminal runner does.
  static let searchLimit = 100
  /// Page opens after which resident memory is read.
  static let memoryMarks = [100, 500, 1_000]
  static let entityBase = "https://kg.invalid/entity/"

  func measure(_ dataset: BenchDataset, runs: Int) throws -> [Figure] {
    guard OxigraphEndpoint.executable(named: "oxigraph") != nil else {
      log("sparql skipped: it needs oxigraph (pip install oxigraph)")
      return []
    }
    let nTriples = try RDFBenchmark().ensureExported(dataset, .nTriples)
    log("loading \(nTriples) into oxigraph")
    let server = try OxigraphEndpoint(loading: nTriples, ownServer: true, readOnly: true)
    defer { server.stop() }
    let loadSeconds = server.loadDuration.seconds
    log("oxigraph loaded in \(String(format: "%.1f", loadSeconds)) s, serving \(server.url)")
    let replay = try CurlReplay(
      url: server.url,
      directory: FileManager.default.temporaryDirectory
        .appendingPathComponent("kg-bench-queries-\(getpid())"))
    defer { try? FileManager.default.removeItem(at: replay.directory) }
    let counting = CountingQueries(
      SPARQLClient(
        configuration: try EndpointConfiguration(
          url: server.url, environment: [:], netrcPath: "/dev/null")))
    let options = RDFLoadOptions(languages: LanguagePreference(tags: ["en"]))
    let source = EndpointSource(client: counting, name: "oxigraph", options: options)
    let uncounted = EndpointSource(client: counting.client, name: "oxigraph", options: options)
    let indexFile = LabelIndexFile(
      path: replay.directory.appendingPathComponent("label-index.kgli").path,
      address: server.url.absoluteString)
    var random = SeededRandom(seed: 23)
    let iris = Self.distinctIRIs(pageCount, of: dataset.entityCount, random: &random)
    let pairs = (0..<pathPairCount).map { _ in
      (Self.iri(random.below(dataset.entityCount)), Self.iri(random.below(dataset.entityCount)))
    }
    var measured = SPARQLMeasurements()
    for run in 1...runs {
      log("sparql run \(run)/\(runs): \(pageCount) page opens")
      let pages = try openPages(iris, source: source, counting: counting)
      let coldNames = Array(pages.names.prefix(coldSearchNameCount))
      log("sparql run \(run)/\(runs): searches typed from \(coldNames.count) names, cold")
      let searches = try typeSearches(coldNames, source: source, counting: counting)
      log("sparql run \(run)/\(runs): label index")
      let (loader, built) = try fetchLabelIndex(
        source: source, counting: counting, file: indexFile)
      var warm = source
      warm.labelIndex = loader
      log("sparql run \(run)/\(runs): searches typed from \(pages.names.count) names, warm")
      let warmSearches = try typeSearches(pages.names, source: warm, counting: counting)
      log("sparql run \(run)/\(runs): searches in a second session, with the stored index")
      measured.storedIndexes.append(
        try searchWithStoredIndex(
          pages.names, file: indexFile, source: source, uncounted: uncounted, counting: counting))
      log("sparql run \(run)/\(runs): \(pairs.count) paths")
      let paths = try findPaths(pairs, source: source)
      log("sparql run \(run)/\(runs): curl replays")
      let pageCurl = try pages.recorded.map(replay.seconds)
      let searchCurl = try searches.recorded.map(replay.seconds)
      measured.pageCurl.append(pageCurl.map { $0.answer.reduce(0, +) * 1000 })
      measured.pageConnect.append(pageCurl.map { $0.connect.reduce(0, +) * 1000 })
      measured.searchCurl.append(searchCurl.map { $0.answer.reduce(0, +) * 1000 })
      measured.pages.append(pages)
      measured.searches.append(searches)
      measured.warmSearches.append(warmSearches)
      measured.labelIndexes.append(built)
      measured.paths.append(paths)
    }
    log(Self.legend)
    return measured.figures(size: dataset.label, loadSeconds: loadSeconds, benchmark: name)
  }

  static let legend = """
    sparql: "curl" figures are Oxigraph's part (curl's time_total less time_connect for the \
    same query texts: the endpoint and loopback HTTP); "kg's own part" is the rest: kg's HTTP client, reading \
    the answers into a page graph, the browser and the paint
    """

  /// The IRI kg's N-Triples export mints for generated entity `index`
  /// (ids are `e` and the index in base 36, which need no escaping).
  static func iri(_ index: Int) -> String { entityBase + "e" + String(index, radix: 36) }

  private static func distinctIRIs(_ count: Int, of total: Int, random: inout SeededRandom)
    -> [String]
  {
    var seen = Set<Int>()
    var iris: [String] = []
    while iris.count < min(count, total) {
      let index = random.below(total)
      if seen.insert(index).inserted { iris.append(iri(index)) }
    }
    return iris
  }

  private func log(_ line: String) {
    FileHandle.standardError.write(Data(("kg-bench: " + line + "\n").utf8))
  }
}
