/// One posting of the word-start index, resolved: where a term could begin
/// and the bounds of the field it is in, as offsets in `FoldedFields.bytes`.
struct WordStartPlace {
  let field: Int
  let offset: Int
  /// The field's first byte.
  let start: Int
  /// One past the field's last byte.
  let end: Int

  /// The kind of a match of `length` bytes beginning here.
  @inline(__always)
  func kind(forLength length: Int) -> MatchKind {
    offset != start ? .wordBoundary : end - start == length ? .exact : .prefix
  }

  /// True when `text` occurs here, where `anchor` wants it.
  @inline(__always)
  func holds(
    _ anchor: TermAnchor, text: UnsafeBufferPointer<UInt8>, bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard offset + text.count <= end, TermMatcher.matches(text, in: bytes, at: offset) else {
      return false
    }
    switch anchor {
    case .fuzzy, .substring: return true
    case .prefix: return offset == start
    case .suffix: return offset + text.count == end
    case .whole: return offset == start && offset + text.count == end
    }
  }
}
