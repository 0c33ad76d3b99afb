import RDF

/// The file formats `--data` opens.
public enum GraphFormat: String, CaseIterable, Sendable {
  case json
  case nTriples = "nt"
  case nQuads = "nq"
  case turtle = "ttl"
  case graphml
  case csv

  /// The format a file name's extension names (also before `.gz`), or nil.
  public init?(fileName: String) {
    if let rdf = RDFFormat(fileName: fileName) {
      self.init(rdf)
      return
    }
    switch fileName.lowercased().split(separator: ".").last {
    case "json": self = .json
    case "graphml": self = .graphml
    case "csv": self = .csv
    default: return nil
    }
  }

  init(_ rdf: RDFFormat) {
    switch rdf {
    case .nTriples: self = .nTriples
    case .nQuads: self = .nQuads
    case .turtle: self = .turtle
    }
  }

  var rdfFormat: RDFFormat? {
    switch self {
    case .json, .graphml, .csv: nil
    case .nTriples: .nTriples
    case .nQuads: .nQuads
    case .turtle: .turtle
    }
  }

  /// The format the first bytes of a file look like: JSON opens with `{`,
  /// Turtle with a directive or a prefixed name, N-Triples with `<` or `_:`
  /// and N-Quads likewise but with a fourth term before the `.`.
  static func sniffed(from head: some Collection<UInt8>) -> GraphFormat {
    let text = String(decoding: head, as: UTF8.self)
    let lines = text.split(whereSeparator: \.isNewline).map {
      $0.drop { $0 == " " || $0 == "\t" }
    }
    guard let first = lines.first(where: { !$0.isEmpty && !$0.hasPrefix("#") }) else {
      return .json
    }
    if first.hasPrefix("{") || first.hasPrefix("[") { return .json }
    if text.contains("<graphml") { return .graphml }
    let lowered = first.lowercased()
    if lowered.hasPrefix("@prefix") || lowered.hasPrefix("@base") || lowered.hasPrefix("prefix ")
      || lowered.hasPrefix("base ")
    {
      return .turtle
    }
    guard first.hasPrefix("<") || first.hasPrefix("_:") else { return .turtle }
    return termCount(first) == 4 ? .nQuads : termCount(first) == 3 ? .nTriples : .turtle
  }

  /// How many terms an N-Triples-like line holds before its final `.`.
  private static func termCount(_ line: Substring) -> Int {
    var count = 0
    var rest = line[...]
    while let first = rest.first, first != "." {
      switch first {
      case "<": rest = rest.drop { $0 != ">" }.dropFirst()
      case "\"": rest = literalEnd(rest)
      case " ", "\t": rest = rest.dropFirst(); continue
      default: rest = rest.drop { $0 != " " && $0 != "\t" }
      }
      count += 1
    }
    return count
  }

  private static func literalEnd(_ text: Substring) -> Substring {
    var index = text.index(after: text.startIndex)
    while index < text.endIndex, text[index] != "\"" {
      if text[index] == "\\" { index = text.index(after: index) }
      if index < text.endIndex { index = text.index(after: index) }
    }
    let afterQuote =
      index < text.endIndex ? text[text.index(after: index)...] : text[text.endIndex...]
    return afterQuote.drop { $0 != " " && $0 != "\t" && $0 != "." }
  }
}
