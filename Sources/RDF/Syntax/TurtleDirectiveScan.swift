#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the prefixes and base in effect at the cuts of a split Turtle document without
/// parsing what lies before them: only lines that start like a directive (`@`, or `P` or `B`
/// in any case) go through the real parser. A directive it misses (one that does not start
/// its line) or invents (a line of a long string) makes a part start in the wrong state,
/// which ``RDFReader/check(_:_:)`` finds by comparing with the state the part before it
/// ended in.
struct TurtleDirectiveScan {
  /// How far the scan goes between calls of its progress callback.
  static let step = 1 << 22

  private let bytes: UnsafePointer<UInt8>
  private let count: Int
  private var parser: TurtleParser
  private var position = 0

  init(_ bytes: UnsafePointer<UInt8>, count: Int, start: TurtleState) {
    self.bytes = bytes
    self.count = count
    parser = TurtleParser(start: start, errorLimit: 1)
  }

  /// The state after the directive lines before `cut`, which must not precede earlier cuts;
  /// `progress` is told the offset scanned up to now and then, so the caller can hand back
  /// pages it has passed.
  mutating func state(at cut: Int, progress: (_ end: Int) -> Void) -> TurtleState {
    var reported = position
    while position < cut {
      let lineEnd = endOfLine(from: position, before: cut)
      if startsLikeDirective(bytes[position]) { parseDirective(position..<lineEnd) }
      position = lineEnd
      if position - reported >= TurtleDirectiveScan.step {
        progress(position)
        reported = position
      }
    }
    return parser.state
  }

  /// The offset after the line feed ending the line at `start`, or `cut` if none comes first.
  private func endOfLine(from start: Int, before cut: Int) -> Int {
    guard let found = memchr(bytes + start, 0x0A, cut - start) else { return cut }
    return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - bytes + 1
  }

  private func startsLikeDirective(_ byte: UInt8) -> Bool {
    byte == 0x40 || byte | 0x20 == 0x70 || byte | 0x20 == 0x62
  }

  /// Parses one line; a line that is no directive, or not only one, may fail, and what it
  /// declared before failing is kept, since the check catches a wrong state.
  private mutating func parseDirective(_ line: Range<Int>) {
    var sink = IgnoringSink()
    _ = try? parser.parse(bytes + line.lowerBound, count: line.count, isFinal: true, into: &sink)
  }
}
