/// One posting of the word-start index: where a term could begin, in which
/// field and slot, and what the place allows, packed in `meta` so a posting
/// can be judged before reading any field: the field's preference (name 3,
/// alias 2, id 1), whether the place is inside the field, and how many bytes
/// remain in the field from there (capped).
struct WordStartPlace {
  /// The place, as an offset in `FoldedFields.bytes`.
  let offset: Int
  let slot: Int
  let meta: UInt16

  static let remainingCap = Int(UInt16.max >> 3)

  static func meta(remaining: Int, inside: Bool, preference: UInt8) -> UInt16 {
    UInt16(min(remaining, remainingCap)) << 3 | (inside ? 4 : 0) | UInt16(preference)
  }

  var preference: UInt8 { UInt8(meta & 3) }
  var isInside: Bool { meta & 4 != 0 }
  /// Bytes from the place to the end of its field, or `remainingCap` for at least that many.
  var remaining: Int { Int(meta >> 3) }

  /// The best kind a match of `length` bytes can have here; nil when the
  /// field is too short to hold it.
  @inline(__always)
  func bestKind(forLength length: Int) -> MatchKind? {
    let remaining = self.remaining
    if remaining < length, remaining < Self.remainingCap { return nil }
    if isInside { return .wordBoundary }
    return remaining == length || (remaining == Self.remainingCap && length >= remaining)
      ? .exact : .prefix
  }

  /// The field holding the place: among the slot's few fields, the one
  /// whose bytes contain the offset. Looked up only for postings that can
  /// rank, which keeps the index 4 bytes per posting smaller.
  @inline(__always)
  func field(in fields: FoldedFields) -> Int {
    var field = Int(fields.slotFieldStarts[slot])
    while Int(fields.fieldStarts[field + 1]) <= offset { field += 1 }
    return field
  }

  /// The bounds of the place's field in `FoldedFields.bytes`.
  @inline(__always)
  func bounds(in fields: FoldedFields) -> Range<Int> {
    let field = field(in: fields)
    return Int(fields.fieldStarts[field])..<Int(fields.fieldStarts[field + 1])
  }

  /// The kind of a match of `length` bytes here, in a field with `bounds`.
  @inline(__always)
  func kind(forLength length: Int, bounds: Range<Int>) -> MatchKind {
    offset != bounds.lowerBound ? .wordBoundary : bounds.count == length ? .exact : .prefix
  }

  /// True when `text` occurs here, in a field with `bounds`, where `anchor` wants it.
  @inline(__always)
  func holds(
    _ anchor: TermAnchor, text: UnsafeBufferPointer<UInt8>, bounds: Range<Int>,
    bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard offset + text.count <= bounds.upperBound, TermMatcher.matches(text, in: bytes, at: offset)
    else { return false }
    switch anchor {
    case .fuzzy, .substring: return true
    case .prefix: return offset == bounds.lowerBound
    case .suffix: return offset + text.count == bounds.upperBound
    case .whole: return offset == bounds.lowerBound && offset + text.count == bounds.upperBound
    }
  }
}
