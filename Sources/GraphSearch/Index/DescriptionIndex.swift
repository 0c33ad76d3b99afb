import KnowledgeGraph
import Parallel

/// Finds entities whose description has a word starting with a query term,
/// without reading every description.
///
/// Each description word of three or more folded bytes is posted once per
/// entity under a hash of its first four bytes (a three-byte word is padded
/// with zero). A term of four or more bytes looks up its first four and finds
/// every word it begins; a three-byte term finds three-byte words only, so a
/// term like "art" matches the word "art" but not every "article". Candidates
/// are then checked against the description text. Building reads every
/// description once; the postings cost four bytes per distinct bucket per entity.
struct DescriptionIndex: Sendable {
  static let bucketBits = 18
  static let minimumTermLength = 3

  let bucketStarts: [UInt32]
  /// Entity indices, ascending within a bucket.
  let postings: [UInt32]

  init(graph: Graph) {
    let slices = ParallelWork.ranges(of: graph.entityCount, count: ParallelWork.width)
    let bucketCount = 1 << Self.bucketBits
    let parts = graph.strings.bytes.withUnsafeBufferPointer { arena in
      ParallelWork.map(slices.count) { slice in
        DescriptionKeys(graph: graph, arena: arena, range: slices[slice], bucketCount: bucketCount)
      }
    }
    var bucketStarts = [UInt32](repeating: 0, count: bucketCount + 1)
    var cursors = parts.map(\.counts)
    var running: UInt32 = 0
    for bucket in 0..<bucketCount {
      bucketStarts[bucket] = running
      for slice in parts.indices {
        cursors[slice][bucket] = running
        running += parts[slice].counts[bucket]
      }
    }
    bucketStarts[bucketCount] = running
    var postings = [UInt32](repeating: 0, count: Int(running))
    postings.withUnsafeMutableBufferPointer { buffer in
      let output = DescriptionPostingOutput(postings: buffer)
      _ = ParallelWork.map(parts.count) { slice in
        parts[slice].fill(output.postings, cursors: cursors[slice])
      }
    }
    self.bucketStarts = bucketStarts
    self.postings = postings
  }

  /// The postings that may hold entities whose description matches `term`.
  func candidates(for term: [UInt8]) -> Range<Int> {
    guard term.count >= Self.minimumTermLength else { return 0..<0 }
    let bucket = term.withUnsafeBufferPointer { Self.bucket(of: $0, at: 0) }
    return Int(bucketStarts[bucket])..<Int(bucketStarts[bucket + 1])
  }

  /// The bucket of the word starting at `start` in folded `text`.
  @inline(__always)
  static func bucket(of text: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
    var hash: UInt32 = 0x811C_9DC5
    for offset in 0..<4 {
      let position = start + offset
      let byte = position < text.count && ByteClass.isWord(text[position]) ? text[position] : 0
      hash = (hash ^ UInt32(byte)) &* 0x0100_0193
    }
    return Int(hash >> (32 - UInt32(bucketBits)))
  }

  /// The offset in folded `text` of the first word that `term` matches, or nil:
  /// a word starting with a term of four or more bytes, or equal to a shorter one.
  static func firstWord(
    matching term: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    guard term.count >= minimumTermLength, term.count <= text.count else { return nil }
    let first = term[0]
    var position = 0
    let last = text.count - term.count
    while position <= last {
      if text[position] == first, MatchScoring.isWordStart(text, at: position),
        TermMatcher.matches(term, in: text, at: position)
      {
        let end = position + term.count
        if term.count >= 4 || end == text.count || !ByteClass.isWord(text[end]) { return position }
      }
      position += 1
    }
    return nil
  }
}

/// The posting column, written by parallel slices at disjoint positions.
private struct DescriptionPostingOutput: @unchecked Sendable {
  let postings: UnsafeMutableBufferPointer<UInt32>
}
