import FileInput
import Parallel

/// How a plain N-Triples or N-Quads file is read: in line-aligned parts, one
/// per core, each a window at a time, when it is large enough that a second
/// core pays for merging the parts; a small file, and Turtle, in one part.
struct ReadPlan {
  /// What `kg --data` uses: below 64 MiB a file reads in well under a
  /// second on one core, and the merge would eat most of what a second one saves.
  static let standard = ReadPlan(
    window: InputPages.window, parts: ParallelWork.width, splitThreshold: 64 << 20)

  /// How many bytes are read between handing pages back.
  var window: Int
  var parts: Int
  /// The smallest file that is split.
  var splitThreshold: Int

  /// The byte ranges to read, each by its own mapper, in file order.
  func ranges(of bytes: UnsafeRawBufferPointer, format: RDFFormat) -> [Range<Int>] {
    guard format != .turtle, parts > 1, bytes.count >= splitThreshold else {
      return [0..<bytes.count]
    }
    return RDFReader.lineAlignedRanges(of: bytes, parts: parts)
  }
}
