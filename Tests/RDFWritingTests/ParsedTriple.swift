struct ParsedTriple: Hashable, CustomStringConvertible {
  let subject: ParsedTerm
  let predicate: ParsedTerm
  let object: ParsedTerm

  var description: String { "\(subject) \(predicate) \(object)" }
}
