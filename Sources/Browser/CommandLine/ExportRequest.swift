import KnowledgeGraph

/// `:export`: the neighbourhood of `center` to `depth` hops, written to `path`.
public struct ExportRequest: Hashable, Sendable {
  public let format: ExportFileFormat
  /// As typed: the runner resolves `~` and relative paths.
  public let path: String
  public let center: EntityIndex
  public let depth: Int
}
