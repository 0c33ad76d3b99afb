/// The syntaxes the readers understand.
public enum RDFFormat: Sendable, Equatable {
  case nTriples
  case nQuads
  case turtle

  /// The format a file name's extension names (`.nt`, `.nq`, `.ttl`, also before `.gz` or
  /// `.bz2`), or nil when it names none.
  public init?(fileName: String) {
    var name = fileName.lowercased()
    if name.hasSuffix(".gz") { name.removeLast(3) }
    if name.hasSuffix(".bz2") { name.removeLast(4) }
    guard let dot = name.lastIndex(of: ".") else { return nil }
    switch name[name.index(after: dot)...] {
    case "nt", "ntriples": self = .nTriples
    case "nq", "nquads": self = .nQuads
    case "ttl", "turtle": self = .turtle
    default: return nil
    }
  }
}
