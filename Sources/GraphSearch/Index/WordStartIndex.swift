import Parallel

/// Every place a word starts in the folded fields (and every field start),
/// bucketed by its first two bytes, field starts apart from word starts
/// inside a field, and names apart from aliases and ids.
///
/// A term ranks as exact, prefix or word-boundary only where it begins at one
/// of these places, so the buckets for its first bytes list every candidate
/// for the top three kinds of match without reading the other fields. When
/// those candidates already fill the requested results, search never scans.
/// Each posting also carries its slot and what its place allows (see
/// `WordStartPlace`), so a posting that cannot beat the results so far is
/// rejected from sequential reads alone.
struct WordStartIndex: Sendable {
  /// Postings of bucket `b` are `bucketStarts[b]..<bucketStarts[b + 1]`; bucket
  /// `b` holds places whose first byte is `b >> 8 & 0xFF` and next byte
  /// `b & 0xFF` (zero at the end of a field), in group `b >> 16` (see
  /// `group(inside:preference:)`). Within a bucket, postings ascend by field,
  /// so by slot.
  let bucketStarts: [UInt32]
  /// The offset of each posting in `FoldedFields.bytes`, ascending within a
  /// bucket; its field is found from its slot (see `WordStartPlace.field`).
  let postingOffsets: [UInt32]
  /// The slot of each posting's field.
  let postingSlots: [UInt32]
  /// Each posting's `WordStartPlace.Meta`.
  let postingMeta: [UInt16]

  static let bucketCount = 6 << 16

  /// Below this many fields one thread builds the index: each slice costs a
  /// table of counts as large as the bucket table.
  static let parallelThreshold = 100_000

  init(fields: FoldedFields) {
    let width = fields.fieldCount < Self.parallelThreshold ? 1 : ParallelWork.width
    let slices = ParallelWork.ranges(of: fields.fieldCount, count: width)
    // Each slice's counts per bucket, then turned in place into where the
    // slice's postings of that bucket start.
    var cursors = ParallelWork.map(slices.count) { slice in
      var count = [UInt32](repeating: 0, count: Self.bucketCount)
      Self.forEachPlace(in: fields, fieldRange: slices[slice]) { key, _, _, _ in count[key] += 1 }
      return count
    }
    var bucketStarts = [UInt32](repeating: 0, count: Self.bucketCount + 1)
    var running: UInt32 = 0
    for key in 0..<Self.bucketCount {
      bucketStarts[key] = running
      for slice in slices.indices {
        let count = cursors[slice][key]
        cursors[slice][key] = running
        running += count
      }
    }
    bucketStarts[Self.bucketCount] = running
    let total = Int(running)
    var postingOffsets = [UInt32](repeating: 0, count: total)
    var postingSlots = [UInt32](repeating: 0, count: total)
    var postingMeta = [UInt16](repeating: 0, count: total)
    postingOffsets.withUnsafeMutableBufferPointer { offsetsOut in
      postingSlots.withUnsafeMutableBufferPointer { slotsOut in
        postingMeta.withUnsafeMutableBufferPointer { metaOut in
          let output = PostingOutput(offsets: offsetsOut, slots: slotsOut, meta: metaOut)
          _ = ParallelWork.map(slices.count) { slice in
            var cursor = cursors[slice]
            Self.forEachPlace(in: fields, fieldRange: slices[slice]) { key, field, offset, meta in
              let at = Int(cursor[key])
              output.offsets[at] = UInt32(offset)
              output.slots[at] = fields.fieldSlots[field]
              output.meta[at] = meta
              cursor[key] += 1
            }
          }
        }
      }
    }
    self.bucketStarts = bucketStarts
    self.postingOffsets = postingOffsets
    self.postingSlots = postingSlots
    self.postingMeta = postingMeta
  }

  /// The buckets holding places that start with the first one or two bytes of
  /// `term`, best places first: field starts of names, aliases, then ids,
  /// then places inside fields in the same order. A one-byte term spans 256
  /// buckets per group.
  func groups(for term: [UInt8]) -> [WordStartGroup] {
    let first = Int(term[0]) << 8
    let keys =
      term.count == 1 ? first..<first + 256 : (first | Int(term[1]))..<(first | Int(term[1])) + 1
    return [false, true].flatMap { inside in
      (0..<3).map { rank in
        let base = Self.group(inside: inside, preference: UInt8(3 - rank)) << 16
        return WordStartGroup(
          keys: (base | keys.lowerBound)..<(base | keys.upperBound), isInside: inside,
          preference: UInt8(3 - rank))
      }
    }
  }

  /// The number of a group of buckets: field starts of names, aliases and
  /// ids, then places inside fields in the same order.
  static func group(inside: Bool, preference: UInt8) -> Int {
    (inside ? 3 : 0) + Int(3 - preference)
  }

  /// How many postings the buckets of `term` hold.
  func postingCount(for term: [UInt8]) -> Int {
    groups(for: term).reduce(0) { total, group in
      total + Int(bucketStarts[group.keys.upperBound] - bucketStarts[group.keys.lowerBound])
    }
  }

  /// Calls `body(bucket, field, byteOffset, meta)` for every field start and word start.
  private static func forEachPlace(
    in fields: FoldedFields, fieldRange: Range<Int>, _ body: (Int, Int, Int, UInt16) -> Void
  ) {
    fields.bytes.withUnsafeBufferPointer { bytes in
      for field in fieldRange {
        let start = Int(fields.fieldStarts[field])
        let end = Int(fields.fieldStarts[field + 1])
        guard start < end else { continue }
        let slot = Int(fields.fieldSlots[field])
        let preference = fields.preference(ofField: field, slot: slot)
        let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
        for position in 0..<text.count
        where position == 0 || MatchScoring.isWordStart(text, at: position) {
          let next = position + 1 < text.count ? Int(text[position + 1]) : 0
          let group = Self.group(inside: position != 0, preference: preference) << 16
          let meta = WordStartPlace.meta(
            remaining: text.count - position, inside: position != 0, preference: preference)
          body(group | Int(text[position]) << 8 | next, field, start + position, meta)
        }
      }
    }
  }
}

/// The posting columns, written by parallel slices at disjoint positions.
private struct PostingOutput: @unchecked Sendable {
  let offsets: UnsafeMutableBufferPointer<UInt32>
  let slots: UnsafeMutableBufferPointer<UInt32>
  let meta: UnsafeMutableBufferPointer<UInt16>
}
