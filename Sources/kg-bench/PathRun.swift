/// What one run of path searches measured, pair by pair.
struct PathRun {
  var milliseconds: [Double] = []
  /// Queries each search sent, including the one for the path's names.
  var queries: [Int] = []
  var found = 0
  /// Searches stopped by their budget before they could say there is no path.
  var exhausted = 0
  /// Requests the endpoint failed once and answered when sent again.
  var retries = 0
}
