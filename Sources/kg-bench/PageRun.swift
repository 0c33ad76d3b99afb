/// What one run of page opens measured, page by page, in the order opened.
struct PageRun {
  /// Request to first paint of the loaded page.
  var milliseconds: [Double] = []
  /// Queries each page cost, counted by `CountingQueries`.
  var queries: [Int] = []
  /// Of each page's time, the part spent inside `SPARQLClient` (HTTP and
  /// reading the answer); the rest is kg building the page and the browser.
  var clientMilliseconds: [Double] = []
  /// Resident memory after this many pages.
  var residentMiB: [Int: Double] = [:]
  /// Names of the first pages' entities, to type into search.
  var names: [String] = []
  /// The queries of the first pages, to replay with curl.
  var recorded: [[RecordedQuery]] = []
  /// One back or forward key and its paint, each.
  var historyMilliseconds: [Double] = []
  /// The CPU time of each of those, on this thread alone.
  var historyCPUMilliseconds: [Double] = []
  /// Pages going back and forward had to fetch from the endpoint (should be none).
  var historyFetches = 0
  /// Pages going back and forward got from the runner's LRU, not the history.
  var historyFromCache = 0
  /// Requests the endpoint failed once and answered when sent again.
  var retries = 0
}
