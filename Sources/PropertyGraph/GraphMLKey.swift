/// A `<key>` declaration: the name and type that `<data key="…">` values of
/// this key have, and the default for elements that have no such data.
struct GraphMLKey: Sendable {
  let id: String
  /// `attr.name`, or the id when the key has none.
  let name: String
  let domain: GraphMLDomain
  let kind: ValueKind
  /// Keys with a `yfiles.type` hold yEd's graphics, which kg does not show.
  let isExtension: Bool
  var defaultValue: String?
}
