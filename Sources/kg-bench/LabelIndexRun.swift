/// What fetching the endpoint's label index once measured.
struct LabelIndexRun {
  /// From the count query to the index ready to search.
  var seconds = 0.0
  /// Resident memory the index added (the answers read and the graph and
  /// search index built from them, less what was freed).
  var residentMiB = 0.0
  /// The N-Triples text of the cards it keeps, in MiB.
  var cardMiB = 0.0
  var entities = 0
  var triples = 0
  var queries = 0
}
