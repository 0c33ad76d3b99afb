import FileInput

/// A mapped file read in the parts its `ReadPlan` gives, each into its own
/// `GraphMapper` a window at a time, handing back the pages behind each
/// part's reader, then merged by `PartedRead`.
struct MappedRead {
  let bytes: UnsafeBufferPointer<UInt8>
  let isMapped: Bool
  let languages: LanguagePreference
  let plan: ReadPlan

  var buffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(bytes) }

  /// N-Triples or N-Quads, cut at line feeds.
  func readLines(with reader: RDFReader) -> (mapper: GraphMapper, failure: (any Error)?) {
    read(plan.ranges(of: buffer, format: reader.format), with: reader)
  }

  /// The whole file in one part, as any format reads from its start.
  private func readWhole(with reader: RDFReader) -> (mapper: GraphMapper, failure: (any Error)?) {
    read([0..<bytes.count], with: reader)
  }

  private func read(_ ranges: [Range<Int>], with reader: RDFReader) -> (
    mapper: GraphMapper, failure: (any Error)?
  ) {
    read(ranges, with: reader) { reader, part, mapper, pages in
      try reader.read(buffer, range: ranges[part], window: plan.window, into: &mapper) { _, end in
        pages.advance(to: end)
      }
    }
  }

  /// Turtle, cut where a statement likely ends. The cuts are only checked once
  /// every part is read (`RDFReader.check`); when one fell inside a statement,
  /// or the prefixes at a cut were not the ones the part started with, the
  /// file is read again in one part, so the result is always a whole read's.
  func readTurtle(with reader: RDFReader) -> (mapper: GraphMapper, failure: (any Error)?) {
    let count = bytes.count >= plan.splitThreshold ? plan.parts : 1
    var scanned = InputPages(bytes, isMapped: isMapped)
    let parts = reader.turtleParts(of: buffer, count: count) { scanned.advance(to: $0) }
    guard parts.count > 1 else { return readWhole(with: reader) }
    return readChecked(parts, with: reader) ?? readWhole(with: reader)
  }

  /// The merged read of `parts`, or nil when their cuts do not check; the
  /// parts' tables are gone by then, so the whole read does not sit beside them.
  private func readChecked(_ parts: [TurtlePart], with reader: RDFReader) -> (
    mapper: GraphMapper, failure: (any Error)?
  )? {
    let outcomes = UnsafeMutableBufferPointer<TurtlePartOutcome?>.allocate(capacity: parts.count)
    outcomes.initialize(repeating: nil)
    defer {
      outcomes.deinitialize()
      outcomes.deallocate()
    }
    let parted = read(parts.map(\.range), with: reader) { reader, index, mapper, pages in
      let outcome = reader.read(buffer, part: parts[index], window: plan.window, into: &mapper) {
        _, end in pages.advance(to: end)
      }
      outcomes[index] = outcome
      if case .failed(let error) = outcome { throw error }
    }
    let finished = outcomes.compactMap(\.self)
    guard finished.count == parts.count else { return nil }
    return (try? RDFReader.check(parts, finished)) == .redoSerially ? nil : parted
  }

  /// Reads `ranges` with `body`, given each part's index and the pages of its
  /// own range to hand back.
  private func read(
    _ ranges: [Range<Int>], with reader: RDFReader,
    _ body: (RDFReader, _ part: Int, inout GraphMapper, inout InputPages) throws -> Void
  ) -> (mapper: GraphMapper, failure: (any Error)?) {
    PartedRead.read(
      ranges, with: reader,
      mapper: { part in
        // The first part's mapper takes in the others', so it is sized for the whole file.
        GraphMapper(
          languages: languages,
          expectedByteCount: part == 0 ? bytes.count : ranges[part].count,
          bytesPerNode: reader.format.typicalBytesPerNode)
      }
    ) { reader, part, mapper in
      let range = ranges[part]
      var pages = InputPages(
        UnsafeBufferPointer(rebasing: bytes[..<range.upperBound]), isMapped: isMapped,
        from: range.lowerBound)
      try body(reader, part, &mapper, &pages)
    }
  }
}
