extension RDFFormat {
  /// About how many bytes of a file hold one distinct subject or resource
  /// object, to size the node table before the read: kg's own exports hold
  /// one every 780 bytes of N-Triples and every 270 of Turtle. The guess
  /// leans low, since a table sized too small only grows as it would have,
  /// while one sized too large wastes memory.
  var typicalBytesPerNode: Int {
    switch self {
    case .nTriples, .nQuads: 1024
    case .turtle: 320
    }
  }
}
