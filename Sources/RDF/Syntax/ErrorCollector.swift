/// Decides what a syntax error does: with a limit of 1 it ends the read; with a larger limit
/// the reader records it and recovers, until the limit is reached.
struct ErrorCollector {
  let limit: Int
  private(set) var errors: [RDFSyntaxError] = []

  init(limit: Int) { self.limit = max(1, limit) }

  mutating func record(_ error: RDFSyntaxError) throws {
    if limit == 1 { throw error }
    errors.append(error)
    if errors.count >= limit { throw RDFSyntaxErrors(errors: errors) }
  }

  /// Throws the collected errors, if any, once the input is exhausted.
  func finish() throws {
    if !errors.isEmpty { throw RDFSyntaxErrors(errors: errors) }
  }
}
