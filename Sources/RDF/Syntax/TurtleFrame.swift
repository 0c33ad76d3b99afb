/// One level of Turtle nesting on the parser's explicit stack (never the call stack, so deep
/// nesting costs memory in proportion to the input, not a stack overflow).
struct TurtleFrame {
  enum Kind {
    /// The statement itself.
    case statement
    /// A `[ … ]` blank-node property list.
    case propertyList
    /// A `( … )` collection; `subject` is the current list cell.
    case collection
  }

  enum Phase {
    /// Before the statement's subject.
    case subject
    /// Before a predicate.
    case verb
    /// Before a predicate or the statement's `.` (after a `[ … ]` subject).
    case verbOrEnd
    /// Before an object.
    case object
    /// After an object: `,`, `;` or the frame's closing token.
    case afterObject
    /// In a collection, before an item or `)`.
    case item
    /// In a collection, before an item or `)`, after at least one item.
    case nextItem
  }

  var kind: Kind
  var phase: Phase
  /// Indices into the parser's terms of the statement.
  var subject: Int32
  var predicate: Int32
}
