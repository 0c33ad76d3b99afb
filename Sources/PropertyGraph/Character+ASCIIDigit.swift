extension Character {
  /// True for 0 to 9 only: number spellings in files are ASCII, and
  /// `isNumber` would also accept other scripts' digits and fractions.
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
