/// The formats the benchmark loads the same graph from.
enum InputFormat: String, CaseIterable {
  case json
  case graphML = "graphml"
  case csv

  func paths(_ files: GraphFiles) -> [String] {
    switch self {
    case .json: [files.jsonPath]
    case .graphML: [files.graphMLPath]
    case .csv: [files.nodesPath, files.relationshipsPath]
    }
  }
}
