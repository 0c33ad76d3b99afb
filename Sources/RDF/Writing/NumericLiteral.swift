/// The XML Schema datatype of a number attribute, chosen by the shape of its
/// spelling so that the spelling itself is kept: `2007` is an
/// `xsd:integer`, `1.5` an `xsd:decimal`, `1.5e3` and `1e3` `xsd:double`.
///
/// The three shapes are exactly Turtle's `INTEGER`, `DECIMAL` and `DOUBLE`,
/// so Turtle writes such a number bare.
enum NumericLiteral: Sendable {
  case integer, decimal, double

  /// Nil for a spelling that is none of the three. The graph stores numbers
  /// as JSON, whose numbers always are one, so this only guards the mapping.
  init?(_ lexical: String) {
    guard let shape = Self.shape(of: Array(lexical.utf8)) else { return nil }
    switch (shape.fraction, shape.exponent) {
    case (nil, nil) where shape.whole > 0: self = .integer
    case (let fraction?, nil) where fraction > 0: self = .decimal
    case (_, let exponent?) where exponent > 0 && shape.whole + (shape.fraction ?? 0) > 0:
      self = .double
    default: return nil
    }
  }

  var datatype: String {
    switch self {
    case .integer: ExportVocabulary.xsd + "integer"
    case .decimal: ExportVocabulary.xsd + "decimal"
    case .double: ExportVocabulary.xsd + "double"
    }
  }

  /// The digit counts of `[+-]whole[.fraction][(e|E)[+-]exponent]`; nil when
  /// anything else is left over.
  private static func shape(of bytes: [UInt8]) -> (whole: Int, fraction: Int?, exponent: Int?)? {
    var index = 0
    func sign() { if index < bytes.count, "+-".utf8.contains(bytes[index]) { index += 1 } }
    func digits() -> Int {
      let start = index
      while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
        index += 1
      }
      return index - start
    }
    func take(_ characters: String) -> Bool {
      guard index < bytes.count, characters.utf8.contains(bytes[index]) else { return false }
      index += 1
      return true
    }
    sign()
    let whole = digits()
    let fraction = take(".") ? digits() : nil
    var exponent: Int?
    if take("eE") {
      sign()
      exponent = digits()
    }
    return index == bytes.count ? (whole, fraction, exponent) : nil
  }
}
