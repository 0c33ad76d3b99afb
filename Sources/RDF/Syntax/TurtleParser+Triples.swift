extension TurtleParser {
  /// `subject predicateObjectList .` and its nested lists and collections, driven by the
  /// frame stack so nesting depth is limited only by memory.
  mutating func triples(_ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner) throws(ParseStop) {
    var frame = TurtleFrame(kind: .statement, phase: .subject, subject: 0, predicate: 0)
    while true {
      try skipTrivia(&p, scanner)
      let next = try peek(p, scanner)
      switch frame.phase {
      case .subject:
        try subject(&p, scanner, next, &frame)
      case .verb, .verbOrEnd:
        if frame.phase == .verbOrEnd && next == 0x2E {
          p += 1
          return
        }
        frame.predicate = try verb(&p, scanner, next)
        frame.phase = .object
      case .object:
        try object(&p, scanner, next, &frame, then: .afterObject)
      case .item, .nextItem:
        if next == 0x29 {
          p += 1
          add(frame.subject, TurtleParser.rdfRest, TurtleParser.rdfNil)
          frame = frames.removeLast()
          continue
        }
        if frame.phase == .nextItem {
          let cell = freshBlankNode()
          add(frame.subject, TurtleParser.rdfRest, cell)
          frame.subject = cell
        }
        frame.predicate = TurtleParser.rdfFirst
        try object(&p, scanner, next, &frame, then: .nextItem)
      case .afterObject:
        if try afterObject(&p, scanner, next, &frame) { return }
      }
    }
  }

  private mutating func subject(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ next: Int, _ frame: inout TurtleFrame
  ) throws(ParseStop) {
    switch next {
    case 0x5B:
      let node = freshBlankNode()
      frame.subject = node
      if try emptyBrackets(&p, scanner, closing: 0x5D) {
        frame.phase = .verb
      } else {
        frame.phase = .verbOrEnd
        open(.propertyList, node, &frame)
      }
    case 0x28:
      frame.phase = .verb
      if try emptyBrackets(&p, scanner, closing: 0x29) {
        frame.subject = TurtleParser.rdfNil
      } else {
        frame.subject = freshBlankNode()
        open(.collection, frame.subject, &frame)
      }
    default:
      frame.subject = intern(try node(&p, scanner, next, role: "a subject"))
      frame.phase = .verb
    }
  }

  /// An object (or collection item) of `frame`; nested lists and collections push a frame.
  private mutating func object(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ next: Int,
    _ frame: inout TurtleFrame, then phase: TurtleFrame.Phase
  ) throws(ParseStop) {
    frame.phase = phase
    switch next {
    case 0x5B:
      let node = freshBlankNode()
      add(frame.subject, frame.predicate, node)
      if try !emptyBrackets(&p, scanner, closing: 0x5D) { open(.propertyList, node, &frame) }
    case 0x28:
      if try emptyBrackets(&p, scanner, closing: 0x29) {
        add(frame.subject, frame.predicate, TurtleParser.rdfNil)
      } else {
        let head = freshBlankNode()
        add(frame.subject, frame.predicate, head)
        open(.collection, head, &frame)
      }
    default:
      add(frame.subject, frame.predicate, object: try objectTerm(&p, scanner, next))
    }
  }

  /// Saves `frame` and starts a nested one about `node`.
  private mutating func open(
    _ kind: TurtleFrame.Kind, _ node: Int32, _ frame: inout TurtleFrame
  ) {
    frames.append(frame)
    frame = TurtleFrame(
      kind: kind, phase: kind == .collection ? .item : .verb, subject: node, predicate: node)
  }

  /// After `[` or `(`, consumes white space and the closing bracket if the brackets are empty.
  private mutating func emptyBrackets(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, closing: Int
  ) throws(ParseStop) -> Bool {
    p += 1
    try skipTrivia(&p, scanner)
    guard try peek(p, scanner) == closing else { return false }
    p += 1
    return true
  }

  /// `,`, `;` or the end of the frame; true when the statement is complete.
  private mutating func afterObject(
    _ p: inout UnsafePointer<UInt8>, _ scanner: TermScanner, _ next: Int,
    _ frame: inout TurtleFrame
  ) throws(ParseStop) -> Bool {
    var next = next
    if next == 0x2C {
      p += 1
      frame.phase = .object
      return false
    }
    if next == 0x3B {
      while next == 0x3B {
        p += 1
        try skipTrivia(&p, scanner)
        next = try peek(p, scanner)
      }
      let closing = frame.kind == .statement ? 0x2E : 0x5D
      if next != closing {
        frame.phase = .verb
        return false
      }
    }
    if frame.kind == .statement && next == 0x2E {
      p += 1
      return true
    }
    if frame.kind == .propertyList && next == 0x5D {
      p += 1
      frame = frames.removeLast()
      return false
    }
    let closing = frame.kind == .statement ? "'.'" : "']'"
    throw scanner.failure(p, expected: "',', ';' or \(closing) after the object")
  }
}
