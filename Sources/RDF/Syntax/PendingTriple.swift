/// A triple of a Turtle statement that is not yet complete; statements are emitted whole, so
/// a stream that has to re-read a statement never emits part of it twice. The terms are
/// indices into the statement's terms, so a subject shared by many triples is stored once.
struct PendingTriple {
  var subject: Int32
  var predicate: Int32
  var object: Int32
}
