/// A triple of a Turtle statement that is not yet complete; statements are emitted whole, so
/// a stream that has to re-read a statement never emits part of it twice.
struct PendingTriple {
  var subject: PendingTerm
  var predicate: PendingTerm
  var object: PendingTerm
}
