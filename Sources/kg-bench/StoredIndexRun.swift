/// What a second session measured: the label index kept on disk by the
/// first, read back, and searches typed from the session's first moment.
struct StoredIndexRun {
  /// Reading the file and building the graph and search index from it.
  var loadSeconds = 0.0
  var fileMiB = 0.0
  /// Searches typed while the loader reads the file in the background, as
  /// the browser starts it; the first ones wait for it.
  var searches = SearchRun()
}
