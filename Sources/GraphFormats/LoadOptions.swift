import PropertyGraph
import RDF

/// What a reader needs beyond the path: the languages of RDF names, the
/// keys of property graphs, and the relationships file of a CSV pair.
public struct LoadOptions: Sendable {
  public var rdf: RDFLoadOptions
  public var propertyGraph: PropertyGraphOptions
  /// `--edges`: the relationships file that goes with a nodes CSV file.
  public var edgesPath: String?

  public init(
    rdf: RDFLoadOptions, propertyGraph: PropertyGraphOptions = PropertyGraphOptions(),
    edgesPath: String? = nil
  ) {
    self.rdf = rdf
    self.propertyGraph = propertyGraph
    self.edgesPath = edgesPath
  }
}
