/// One attribute of the element just started, as ranges of the input; its
/// value is decoded only when it holds references or white space to normalize.
struct XMLAttribute {
  let name: XMLName
  let value: Range<Int>
  let needsDecoding: Bool
}
