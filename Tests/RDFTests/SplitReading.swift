import RDF

/// Reads a Turtle document cut into parts, each into its own ``RecordingSink`` as a thread of
/// the loader would, and says what ``RDFReader/check(_:_:)`` made of them.
enum SplitReading {
  enum Joined {
    /// The parts' statements and prefix declarations, in document order.
    case valid(RecordingSink)
    case redoSerially
  }

  static func read(_ bytes: [UInt8], base: String?, cuts: [Int]) throws -> Joined {
    let reader = RDFReader(format: .turtle, baseIRI: base)
    return try bytes.withUnsafeBytes { buffer in
      try read(buffer, reader.turtleParts(of: buffer, cuts: cuts), with: reader)
    }
  }

  static func read(_ bytes: [UInt8], base: String?, parts count: Int) throws -> Joined {
    let reader = RDFReader(format: .turtle, baseIRI: base)
    return try bytes.withUnsafeBytes { buffer in
      try read(buffer, reader.turtleParts(of: buffer, count: count), with: reader)
    }
  }

  private static func read(
    _ buffer: UnsafeRawBufferPointer, _ parts: [TurtlePart], with reader: RDFReader
  ) throws -> Joined {
    var sinks: [RecordingSink] = []
    var outcomes: [TurtlePartOutcome] = []
    for part in parts {
      var sink = RecordingSink()
      outcomes.append(reader.read(buffer, part: part, into: &sink))
      sinks.append(sink)
    }
    guard try RDFReader.check(parts, outcomes) == .valid else { return .redoSerially }
    var joined = RecordingSink()
    for sink in sinks {
      joined.statements += sink.statements
      joined.prefixes += sink.prefixes
      joined.bases += sink.bases
    }
    return .valid(joined)
  }

  /// The statements with the labels the reader generated for `[]` and collections (`_` and
  /// anything but a second `_`) numbered in order of first appearance, so a whole read and a
  /// split one, which label them differently, compare equal when they read the same.
  static func canonical(_ statements: [RecordedStatement]) -> [RecordedStatement] {
    var numbers: [String: String] = [:]
    func rename(_ term: RecordedTerm) -> RecordedTerm {
      guard term.kind == .blankNode, term.value.hasPrefix("_"), !term.value.hasPrefix("__")
      else { return term }
      if numbers[term.value] == nil { numbers[term.value] = "_g\(numbers.count)" }
      return .blank(numbers[term.value]!)
    }
    return statements.map { statement in
      RecordedStatement(
        subject: rename(statement.subject), predicate: statement.predicate,
        object: rename(statement.object), graph: statement.graph)
    }
  }
}
