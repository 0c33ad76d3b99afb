/// Every run of the SPARQL benchmark's measurements, turned into figures
/// whose samples are the per-run values (the figure is their median).
struct SPARQLMeasurements {
  var pages: [PageRun] = []
  /// Searches before the label index is ready: `CONTAINS` on the endpoint.
  var searches: [SearchRun] = []
  /// Searches once the label index is ready.
  var warmSearches: [SearchRun] = []
  var labelIndexes: [LabelIndexRun] = []
  /// A second session's: the stored index read back, and searches with it.
  var storedIndexes: [StoredIndexRun] = []
  var paths: [PathRun] = []
  /// Curl's time for each replayed page (its queries summed), per run.
  var pageCurl: [[Double]] = []
  /// What curl spent opening connections for each page, which kg does not.
  var pageConnect: [[Double]] = []
  var searchCurl: [[Double]] = []

  func figures(size: String, loadSeconds: Double, benchmark: String) -> [Figure] {
    func figure(_ metric: String, _ unit: String, _ samples: [Double]) -> Figure {
      Figure(benchmark: benchmark, metric: metric, unit: unit, size: size, samples: samples)
    }
    func p(_ fraction: Double, _ values: (Int) -> [Double]) -> [Double] {
      pages.indices.map { Percentiles.value(fraction, of: values($0)) }
    }
    let (pageCurlSums, searchCurlSums) = (pageCurl, searchCurl)
    var figures = [
      figure("oxigraph load", "s", [loadSeconds]),
      figure("page open p50", "ms", p(0.5) { pages[$0].milliseconds }),
      figure("page open p99", "ms", p(0.99) { pages[$0].milliseconds }),
      figure("page queries, most", "count", pages.map { Double($0.queries.max() ?? 0) }),
      figure("page queries p50", "count", p(0.5) { pages[$0].queries.map(Double.init) }),
      figure("page: Oxigraph, curl p50", "ms", p(0.5) { pageCurlSums[$0] }),
      figure("page: curl connecting p50", "ms", p(0.5) { pageConnect[$0] }),
      figure(
        "page: kg, same pages p50", "ms",
        p(0.5) { Self.head(pages[$0].milliseconds, pageCurlSums[$0]) }),
      figure(
        "page: kg's own part p50", "ms",
        p(0.5) { Self.difference(pages[$0].milliseconds, pageCurlSums[$0]) }),
      figure(
        "page: kg client beyond curl p50", "ms",
        p(0.5) { Self.difference(pages[$0].clientMilliseconds, pageCurlSums[$0]) }),
      figure(
        "page: kg read+browser+paint p50", "ms",
        p(0.5) { Self.difference(pages[$0].milliseconds, pages[$0].clientMilliseconds) }),
      figure("back/forward p50", "ms", p(0.5) { pages[$0].historyMilliseconds }),
      figure("back/forward p99", "ms", p(0.99) { pages[$0].historyMilliseconds }),
      figure("back/forward max", "ms", p(1) { pages[$0].historyMilliseconds }),
      figure(
        "back/forward over 1 ms", "count",
        pages.map { Double($0.historyMilliseconds.count { $0 > 1 }) }),
      figure("back/forward CPU p50", "ms", p(0.5) { pages[$0].historyCPUMilliseconds }),
      figure("back/forward CPU p99", "ms", p(0.99) { pages[$0].historyCPUMilliseconds }),
      figure("back/forward from runner LRU", "count", pages.map { Double($0.historyFromCache) }),
      figure("back/forward fetched", "count", pages.map { Double($0.historyFetches) }),
      figure("search cold p50", "ms", p(0.5) { searches[$0].milliseconds }),
      figure("search cold p99", "ms", p(0.99) { searches[$0].milliseconds }),
      figure("searches typed cold", "count", searches.map { Double($0.milliseconds.count) }),
      figure("search: Oxigraph, curl p50", "ms", p(0.5) { searchCurlSums[$0] }),
      figure("search: Oxigraph, curl p99", "ms", p(0.99) { searchCurlSums[$0] }),
      figure(
        "search: kg's own part p50", "ms",
        p(0.5) { Self.difference(searches[$0].milliseconds, searchCurlSums[$0]) }),
    ]
    figures += labelIndexFigures(figure: figure, p: p)
    figures += [
      figure("path median", "ms", p(0.5) { paths[$0].milliseconds }),
      figure("path p90", "ms", p(0.9) { paths[$0].milliseconds }),
      figure("path queries median", "count", p(0.5) { paths[$0].queries.map(Double.init) }),
      figure("paths found of 100", "count", paths.map { Double($0.found) }),
      figure("paths stopped by budget", "count", paths.map { Double($0.exhausted) }),
    ]
    figures.append(
      figure(
        "requests retried", "count",
        pages.indices.map { Double(pages[$0].retries + searches[$0].retries + paths[$0].retries) }))
    for mark in [0] + SPARQLBenchmark.memoryMarks {
      figures.append(
        figure("RSS after \(mark) pages", "MiB", pages.map { $0.residentMiB[mark] ?? 0 }))
    }
    figures.append(
      figure("RSS growth 500→1000 pages", "%", pages.map { Self.growth($0, from: 500, to: 1_000) }))
    figures.append(
      figure("RSS growth 100→1000 pages", "%", pages.map { Self.growth($0, from: 100, to: 1_000) }))
    figures.append(
      figure("RSS growth 0→1000 pages", "%", pages.map { Self.growth($0, from: 0, to: 1_000) }))
    return figures
  }

  /// Building the label index, and searches once it is ready.
  private func labelIndexFigures(
    figure: (String, String, [Double]) -> Figure, p: (Double, (Int) -> [Double]) -> [Double]
  ) -> [Figure] {
    [
      figure("search warm p50", "ms", p(0.5) { warmSearches[$0].milliseconds }),
      figure("search warm p99", "ms", p(0.99) { warmSearches[$0].milliseconds }),
      figure("searches typed warm", "count", warmSearches.map { Double($0.milliseconds.count) }),
      figure(
        "search warm: endpoint queries, most", "count",
        warmSearches.map { Double($0.sent.max() ?? 0) }),
      figure("label index build", "s", labelIndexes.map(\.seconds)),
      figure("label index RSS growth", "MiB", labelIndexes.map(\.residentMiB)),
      figure("label index card text", "MiB", labelIndexes.map(\.cardMiB)),
      figure("label index entities", "count", labelIndexes.map { Double($0.entities) }),
      figure("label index triples", "count", labelIndexes.map { Double($0.triples) }),
      figure("label index queries", "count", labelIndexes.map { Double($0.queries) }),
      figure("stored label index load", "s", storedIndexes.map(\.loadSeconds)),
      figure("stored label index file", "MiB", storedIndexes.map(\.fileMiB)),
      figure(
        "search second session p50", "ms", p(0.5) { storedIndexes[$0].searches.milliseconds }),
      figure(
        "search second session p99", "ms", p(0.99) { storedIndexes[$0].searches.milliseconds }),
      figure(
        "search second session max", "ms", p(1) { storedIndexes[$0].searches.milliseconds }),
      figure(
        "search second session: endpoint queries, most", "count",
        storedIndexes.map { Double($0.searches.sent.max() ?? 0) }),
    ]
  }

  /// kg's times for the pages curl replayed (the first ones).
  private static func head(_ kg: [Double], _ curl: [Double]) -> [Double] {
    Array(kg.prefix(curl.count))
  }

  /// Per item, `total` less `part`, for the items both have.
  private static func difference(_ total: [Double], _ part: [Double]) -> [Double] {
    zip(total, part).map { $0 - $1 }
  }

  private static func growth(_ run: PageRun, from: Int, to: Int) -> Double {
    guard let before = run.residentMiB[from], let after = run.residentMiB[to], before > 0 else {
      return 0
    }
    return (after - before) / before * 100
  }
}
