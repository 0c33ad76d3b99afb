extension RDFReader {
  /// Cuts a buffer of N-Triples or N-Quads into about `parts` ranges that start and end at
  /// line boundaries, so threads can parse them independently with
  /// ``read(_:range:into:)``. Blank-node labels are kept as written, so the ranges agree.
  public static func lineAlignedRanges(of buffer: UnsafeRawBufferPointer, parts: Int) -> [Range<
    Int
  >] {
    let count = buffer.count
    guard parts > 1, count > 0 else { return [0..<count] }
    var ranges: [Range<Int>] = []
    var start = 0
    for part in 1..<parts {
      var cut = max(start, count * part / parts)
      while cut < count && buffer[cut] != 0x0A { cut += 1 }
      cut = min(count, cut + 1)
      if cut > start {
        ranges.append(start..<cut)
        start = cut
      }
    }
    if start < count { ranges.append(start..<count) }
    return ranges
  }

  /// Reads one range from ``lineAlignedRanges(of:parts:)`` (N-Triples and N-Quads only) in
  /// one go. Errors report lines and offsets of the whole buffer.
  public func read<Sink: RDFSink>(
    _ buffer: UnsafeRawBufferPointer, range: Range<Int>, into sink: inout Sink
  ) throws {
    precondition(format != .turtle, "Turtle cannot be split at line boundaries")
    try read(buffer, range: range, window: max(range.count, 1), into: &sink) { _, _ in }
  }
}
