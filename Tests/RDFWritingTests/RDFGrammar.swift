/// The terminals of the RDF 1.1 N-Triples and Turtle grammars as regular
/// expressions, written from the W3C recommendations independently of the
/// exporter's own character tables, to check its output against.
///
/// One liberty: Swift's `Regex` refuses U+F900 as a range bound (it is not
/// stable under normalisation), so `PN_CHARS_BASE`'s U+F900–U+FDCF starts one
/// code point early, at U+F8FF.
enum RDFGrammar {
  static let hex = "[0-9A-Fa-f]"
  static let uchar = #"(?:\\u\#(hex){4}|\\U\#(hex){8})"#
  static let echar = #"\\[tbnrf"'\\]"#
  static let iriRef = #"<(?:[^\u{0}-\u{20}<>"{}|^`\\]|\#(uchar))*>"#
  static let nameStartBase =
    #"A-Za-z\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{2FF}\u{370}-\u{37D}\u{37F}-\u{1FFF}"#
    + #"\u{200C}-\u{200D}\u{2070}-\u{218F}\u{2C00}-\u{2FEF}\u{3001}-\u{D7FF}"#
    + #"\u{F8FF}-\u{FDCF}\u{FDF0}-\u{FFFD}\u{10000}-\u{EFFFF}"#
  static let nameStart = nameStartBase + "_"
  static let nameCharacter = nameStart + #"\-0-9\u{B7}\u{300}-\u{36F}\u{203F}-\u{2040}"#
  static let blankNode = "_:[\(nameStart)0-9](?:[\(nameCharacter).]*[\(nameCharacter)])?"
  static let string = #""(?:[^"\\\n\r]|\#(echar)|\#(uchar))*""#
  static let languageTag = "@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*"
  static let literal = "\(string)(?:\\^\\^\(iriRef)|\(languageTag))?"

  /// One N-Triples line as the exporter writes it: single spaces, no comment.
  static let nTriplesLine =
    "(?:\(iriRef)|\(blankNode)) \(iriRef) (?:\(iriRef)|\(blankNode)|\(literal)) \\."

  static let prefix = "[\(nameStartBase)](?:[\(nameCharacter).]*[\(nameCharacter)])?"
  static let percent = "%\(hex){2}"
  static let localEscape = #"\\[_~.\-!$&'()*+,;=/?#@%]"#
  static let local =
    "(?:[\(nameStart):0-9]|\(percent)|\(localEscape))"
    + "(?:(?:[\(nameCharacter).:]|\(percent)|\(localEscape))*"
    + "(?:[\(nameCharacter):]|\(percent)|\(localEscape)))?"
  static let prefixedName = "(?:\(prefix))?:(?:\(local))?"
  static let number =
    #"[+-]?(?:[0-9]+\.[0-9]*[eE][+-]?[0-9]+|\.[0-9]+[eE][+-]?[0-9]+|[0-9]+[eE][+-]?[0-9]+"#
    + #"|[0-9]*\.[0-9]+|[0-9]+)"#
}
