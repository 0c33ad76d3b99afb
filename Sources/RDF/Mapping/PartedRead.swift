import Parallel

/// Reads the parts of one file at once, each into its own `GraphMapper` on
/// its own core, then merges the mappers in file order (see
/// `GraphMapper.merge`), so the result is what one read of the whole file
/// gives: the same graph, numbering and errors. Nothing is shared while the
/// parts are read, and no statement is copied between threads.
///
/// Any format whose parts can be read independently fits: N-Triples and
/// N-Quads cut at line boundaries, or Turtle cut where a splitter finds a
/// statement's end and hands each part the prefixes in force there.
enum PartedRead {
  /// One part's mapper, and how its read ended.
  private struct Part {
    var mapper: GraphMapper
    var outcome: Result<Void, any Error>
  }

  /// Reads each of `ranges` with `read`, given the part's index, into the
  /// mapper `mapper` makes for that part, and returns the merged mapper, its put-off
  /// lookups finished, and the error one read of the whole file would throw.
  ///
  /// Errors come in file order: the first part's win, and the parts after
  /// the one where the reader's error limit is reached are dropped, as one
  /// read would never have reached them. A part that reached the limit only
  /// with the errors of the parts before it is read again with the limit
  /// that was left, so it stops where one read would have.
  static func read(
    _ ranges: [Range<Int>], with reader: RDFReader, mapper: (_ part: Int) -> GraphMapper,
    read: (RDFReader, _ part: Int, inout GraphMapper) throws -> Void
  ) -> (mapper: GraphMapper, failure: (any Error)?) {
    func readPart(_ reader: RDFReader, _ index: Int) -> Part {
      var part = Part(mapper: mapper(index), outcome: .success(()))
      part.outcome = Result { try read(reader, index, &part.mapper) }
      part.mapper.resolvePendingNodes()
      return part
    }
    var parts = Array(ParallelWork.map(ranges.count) { readPart(reader, $0) }.reversed())
    var merged: GraphMapper?
    var errors: [RDFSyntaxError] = []
    var failure: (any Error)?
    var index = 0
    while var part = parts.popLast() {
      let remaining = reader.errorLimit - errors.count
      if remaining < reader.errorLimit, (syntaxErrors(part.outcome)?.count ?? 0) >= remaining {
        var limited = reader
        limited.errorLimit = remaining
        part = readPart(limited, index)
      }
      if merged == nil { merged = part.mapper } else { merged?.merge(part.mapper) }
      index += 1
      guard case .failure(let error) = part.outcome else { continue }
      guard let found = syntaxErrors(part.outcome) else {
        failure = error
        break
      }
      errors += found
      if found.count >= remaining { break }
    }
    var result = merged ?? mapper(0)
    result.finishPendingNodes()
    return (result, failure ?? thrown(errors, limit: reader.errorLimit))
  }

  /// The syntax errors a part's read ended with, or nil when it ended otherwise.
  private static func syntaxErrors(_ outcome: Result<Void, any Error>) -> [RDFSyntaxError]? {
    switch outcome {
    case .success: []
    case .failure(let error as RDFSyntaxError): [error]
    case .failure(let error as RDFSyntaxErrors): error.errors
    case .failure: nil
    }
  }

  /// The error one read would throw after `errors`: the first alone when it stops at the first.
  private static func thrown(_ errors: [RDFSyntaxError], limit: Int) -> (any Error)? {
    guard let first = errors.first else { return nil }
    return limit == 1 ? first : RDFSyntaxErrors(errors: errors)
  }
}
