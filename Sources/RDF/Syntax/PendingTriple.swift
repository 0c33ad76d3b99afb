/// A triple of a Turtle statement that is not yet complete; statements are emitted whole, so
/// a stream that has to re-read a statement never emits part of it twice. Subject and
/// predicate are indices into the statement's terms, as they are shared by the triples of
/// `;` and `,` lists; the object, most often used once, is kept in place.
struct PendingTriple {
  var subject: Int32
  var predicate: Int32
  var object: PendingTerm
}
