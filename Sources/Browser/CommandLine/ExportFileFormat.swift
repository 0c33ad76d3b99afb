/// The formats `:export` writes, as `kg export` does.
public enum ExportFileFormat: String, CaseIterable, Hashable, Sendable {
  case dot
  case graphml
  case json
  case nt
  case ttl
}
