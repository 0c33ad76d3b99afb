/// Every place a word starts in the folded fields (and every field start),
/// bucketed by its first two bytes.
///
/// A term ranks as exact, prefix or word-boundary only where it begins at one
/// of these places, so the buckets for its first bytes list every candidate
/// for the top three kinds of match without reading the other fields. When
/// those candidates already fill the requested results, search never scans.
struct WordStartIndex: Sendable {
  /// Postings of bucket `b` are `bucketStarts[b]..<bucketStarts[b + 1]`; bucket
  /// `b` holds places whose first byte is `b >> 8` and next byte `b & 0xFF`
  /// (zero at the end of a field).
  let bucketStarts: [UInt32]
  /// The field of each posting, ascending within a bucket.
  let postingFields: [UInt32]
  /// The offset of each posting in `FoldedFields.bytes`.
  let postingOffsets: [UInt32]

  static let bucketCount = 1 << 16

  init(fields: FoldedFields) {
    let slices = ParallelWork.ranges(of: fields.fieldCount, count: ParallelWork.width)
    let counts = ParallelWork.map(slices.count) { slice in
      var count = [UInt32](repeating: 0, count: Self.bucketCount)
      Self.forEachPlace(in: fields, fieldRange: slices[slice]) { key, _, _ in count[key] += 1 }
      return count
    }
    var bucketStarts = [UInt32](repeating: 0, count: Self.bucketCount + 1)
    var cursors = counts
    var running: UInt32 = 0
    for key in 0..<Self.bucketCount {
      bucketStarts[key] = running
      for slice in slices.indices {
        cursors[slice][key] = running
        running += counts[slice][key]
      }
    }
    bucketStarts[Self.bucketCount] = running
    var postingFields = [UInt32](repeating: 0, count: Int(running))
    var postingOffsets = [UInt32](repeating: 0, count: Int(running))
    postingFields.withUnsafeMutableBufferPointer { fieldsOut in
      postingOffsets.withUnsafeMutableBufferPointer { offsetsOut in
        let output = PostingOutput(fields: fieldsOut, offsets: offsetsOut)
        _ = ParallelWork.map(slices.count) { slice in
          var cursor = cursors[slice]
          Self.forEachPlace(in: fields, fieldRange: slices[slice]) { key, field, offset in
            let at = Int(cursor[key])
            output.fields[at] = UInt32(field)
            output.offsets[at] = UInt32(offset)
            cursor[key] += 1
          }
        }
      }
    }
    self.bucketStarts = bucketStarts
    self.postingFields = postingFields
    self.postingOffsets = postingOffsets
  }

  /// The postings whose place starts with the first one or two bytes of `term`.
  func candidates(for term: [UInt8]) -> Range<Int> {
    let first = Int(term[0]) << 8
    if term.count == 1 { return Int(bucketStarts[first])..<Int(bucketStarts[first + 256]) }
    let key = first | Int(term[1])
    return Int(bucketStarts[key])..<Int(bucketStarts[key + 1])
  }

  /// Calls `body(bucket, field, byteOffset)` for every field start and word start.
  private static func forEachPlace(
    in fields: FoldedFields, fieldRange: Range<Int>, _ body: (Int, Int, Int) -> Void
  ) {
    fields.bytes.withUnsafeBufferPointer { bytes in
      for field in fieldRange {
        let start = Int(fields.fieldStarts[field])
        let end = Int(fields.fieldStarts[field + 1])
        guard start < end else { continue }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
        for position in 0..<text.count
        where position == 0 || MatchScoring.isWordStart(text, at: position) {
          let next = position + 1 < text.count ? Int(text[position + 1]) : 0
          body(Int(text[position]) << 8 | next, field, start + position)
        }
      }
    }
  }
}

/// The posting columns, written by parallel slices at disjoint positions.
private struct PostingOutput: @unchecked Sendable {
  let fields: UnsafeMutableBufferPointer<UInt32>
  let offsets: UnsafeMutableBufferPointer<UInt32>
}
