/// What one run of typed searches measured, query by query.
struct SearchRun {
  /// The typed prefixes, in order.
  var queries: [String] = []
  var milliseconds: [Double] = []
  var clientMilliseconds: [Double] = []
  /// Queries each search sent to the endpoint.
  var sent: [Int] = []
  /// The first searches' queries, to replay with curl.
  var recorded: [[RecordedQuery]] = []
  /// Requests the endpoint failed once and answered when sent again.
  var retries = 0
}
