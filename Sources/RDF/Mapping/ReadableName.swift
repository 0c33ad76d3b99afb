/// Names made from IRIs for things that carry no label: the local name,
/// percent-decoded, with its words spaced out.
enum ReadableName {
  /// The part of an IRI after its last `/`, `#` or `:`, or the whole IRI
  /// when that part is empty.
  static func localName(of iri: String) -> Substring {
    let trimmed = iri.hasSuffix("/") || iri.hasSuffix("#") ? iri.dropLast() : iri[...]
    guard let cut = trimmed.lastIndex(where: { $0 == "/" || $0 == "#" || $0 == ":" }) else {
      return trimmed
    }
    let local = trimmed[trimmed.index(after: cut)...]
    return local.isEmpty ? trimmed : local
  }

  /// An entity's fallback name: `Peking_University` reads "Peking University".
  static func entity(_ iri: String) -> String {
    let local = percentDecoded(localName(of: iri))
    let spaced = local.replacing("_", with: " ")
    return spaced.isEmpty ? iri : spaced
  }

  /// A predicate's fallback label: `birthPlace` and `birth_place` read
  /// "birth place"; acronyms such as `P31` and `ID` stay as they are.
  static func predicate(_ iri: String) -> String {
    var words: [String] = []
    var word = ""
    var previous: Character?
    for character in percentDecoded(localName(of: iri)) {
      if character == "_" || character == "-" || character == " " {
        if !word.isEmpty { words.append(word) }
        word = ""
      } else if character.isUppercase, let last = previous, last.isLowercase {
        words.append(word)
        word = String(character)
      } else {
        word.append(character)
      }
      previous = character
    }
    if !word.isEmpty { words.append(word) }
    let label = words.map { Self.lowercasedUnlessAcronym($0) }.joined(separator: " ")
    return label.isEmpty ? iri : label
  }

  /// The reading of an incoming link, as English allows: a noun reads
  /// "birth place of"; a label that ends in "of" turns around ("part of"
  /// reads "has part", "has part" reads "part of"); a verb phrase or one
  /// that ends in a preposition ("located in", "owns") reads "inverse of
  /// located in", as kg's own format says it.
  static func inverse(of label: String) -> String {
    let words = label.split(separator: " ")
    if label.hasPrefix("is "), label.hasSuffix(" of"), words.count > 2 {
      return "has " + words.dropFirst().dropLast().joined(separator: " ")
    }
    if label.hasSuffix(" of") { return "has " + label.dropLast(3) }
    if label.hasPrefix("has "), words.count > 1 {
      return words.dropFirst().joined(separator: " ") + " of"
    }
    guard let last = words.last, !prepositions.contains(last.lowercased()),
      words.count > 1 || !last.hasSuffix("s")
    else { return "inverse of " + label }
    return label + " of"
  }

  private static let prepositions: Set<String> = [
    "in", "at", "on", "by", "to", "from", "with", "into", "for", "as", "about", "after",
    "before", "under", "over", "within",
  ]

  private static func lowercasedUnlessAcronym(_ word: String) -> String {
    word.dropFirst().contains { $0.isUppercase || $0.isNumber } ? word : word.lowercased()
  }

  private static func percentDecoded(_ text: Substring) -> String {
    guard text.contains("%") else { return String(text) }
    var bytes: [UInt8] = []
    var utf8 = Array(text.utf8)[...]
    while let byte = utf8.popFirst() {
      if byte == UInt8(ascii: "%"), utf8.count >= 2,
        let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
      {
        bytes.append(value)
        utf8 = utf8.dropFirst(2)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
