/// An element or attribute name in the input: the whole qualified name and
/// the local part after any namespace prefix, which the reader goes by.
struct XMLName {
  let qualified: Range<Int>
  let local: Range<Int>
  /// Where the element's `<` (or the attribute's name) starts, for messages.
  let offset: Int

  /// True for `y:ShapeNode` and the like: GraphML's own elements carry no
  /// prefix, so a prefixed element is an extension that the reader skips.
  var hasPrefix: Bool { local.lowerBound > qualified.lowerBound }
}
