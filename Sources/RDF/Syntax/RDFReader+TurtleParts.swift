extension RDFReader {
  /// Cuts a Turtle document into about `count` parts of nearly equal size at likely statement
  /// boundaries (see ``turtleParts(of:cuts:afterScanning:)``).
  public func turtleParts(
    of buffer: UnsafeRawBufferPointer, count: Int, afterScanning: (_ end: Int) -> Void = { _ in }
  ) -> [TurtlePart] {
    var cuts: [Int] = []
    if let bytes = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) {
      for part in 1..<max(1, count) {
        let target = max(buffer.count * part / count, (cuts.last ?? 0) + 1)
        guard
          let cut = TurtleCuts.boundary(atOrAfter: target, in: bytes, count: buffer.count)
        else { break }
        cuts.append(cut)
      }
    }
    return turtleParts(of: buffer, cuts: cuts, afterScanning: afterScanning)
  }

  /// Parts of a Turtle document that start at `cuts` (increasing offsets, wherever they fall),
  /// each with the prefixes and base that the directive lines before it declare, so threads
  /// can read them independently with ``read(_:part:into:)`` and ``check(_:_:)`` can tell
  /// whether they join up. Finding the directives reads the bytes before the last cut;
  /// `afterScanning` is told how far now and then, so the caller can hand back mapped pages.
  public func turtleParts(
    of buffer: UnsafeRawBufferPointer, cuts: [Int], afterScanning: (_ end: Int) -> Void = { _ in }
  ) -> [TurtlePart] {
    precondition(format == .turtle, "only Turtle is cut into parts with their own state")
    var state = TurtleState(base: baseIRI.map { Array($0.utf8) })
    guard let bytes = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
      return [TurtlePart(index: 0, range: 0..<buffer.count, start: state)]
    }
    var scan = TurtleDirectiveScan(bytes, count: buffer.count, start: state)
    var parts: [TurtlePart] = []
    var lower = 0
    for cut in cuts where cut > lower && cut < buffer.count {
      parts.append(TurtlePart(index: parts.count, range: lower..<cut, start: state))
      state = scan.state(at: cut, progress: afterScanning)
      lower = cut
    }
    parts.append(TurtlePart(index: parts.count, range: lower..<buffer.count, start: state))
    return parts
  }

  /// Reads one part from ``turtleParts(of:count:afterScanning:)`` whole.
  public func read<Sink: RDFSink>(
    _ buffer: UnsafeRawBufferPointer, part: TurtlePart, into sink: inout Sink
  ) -> TurtlePartOutcome {
    read(buffer, part: part, window: max(1, part.range.count), into: &sink) { _, _ in }
  }

  /// Reads one part about `window` bytes at a time, as ``read(_:window:into:afterEachWindow:)``
  /// reads a whole buffer; `end` and the lines and columns of errors are those of the whole
  /// buffer. Its errors are returned, not thrown: only ``check(_:_:)`` can tell whether they
  /// are the file's or the cut's.
  public func read<Sink: RDFSink>(
    _ buffer: UnsafeRawBufferPointer, part: TurtlePart, window: Int, into sink: inout Sink,
    afterEachWindow: (inout Sink, _ end: Int) throws -> Void
  ) -> TurtlePartOutcome {
    var parser = TurtleParser(
      start: part.start, errorLimit: errorLimit, linePrefix: part.range.lowerBound,
      part: part.index)
    do {
      try WindowDriver.run(
        &parser, UnsafeRawBufferPointer(rebasing: buffer[part.range]), &sink, window: window
      ) { sink, end in
        try afterEachWindow(&sink, part.range.lowerBound + end)
      }
    } catch {
      return .failed(error)
    }
    return .finished(parser.state)
  }

  /// Whether the parts read what one read of the whole would: every part but the last read
  /// to its end without an error, in the prefixes and base the next one started with. Then
  /// a syntax error of the last part is the file's, and is thrown with the place in the
  /// whole file; an error other than a syntax error is always thrown.
  public static func check(_ parts: [TurtlePart], _ outcomes: [TurtlePartOutcome]) throws
    -> TurtleSplitCheck
  {
    precondition(parts.count == outcomes.count, "one outcome a part")
    for (index, outcome) in outcomes.enumerated() {
      switch outcome {
      case .failed(let error) where !(error is RDFSyntaxError || error is RDFSyntaxErrors):
        throw error
      case .failed(let error):
        guard index == parts.count - 1 else { return .redoSerially }
        throw error
      case .finished(let end):
        if index + 1 < parts.count && end != parts[index + 1].start { return .redoSerially }
      }
    }
    return .valid
  }
}
