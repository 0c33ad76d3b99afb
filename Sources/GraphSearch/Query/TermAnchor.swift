/// Where a query term must sit in a field, after fzf's operators.
enum TermAnchor: Hashable, Sendable {
  /// Plain word: contiguous anywhere, or (Latin only) as a scattered subsequence.
  case fuzzy
  /// `'word`: contiguous anywhere.
  case substring
  /// `^word`: at the start of the field.
  case prefix
  /// `word$`: at the end of the field.
  case suffix
  /// `^word$`: the whole field.
  case whole
}
