import Foundation

/// Writes the synthetic graph as kg JSON, GraphML and a Neo4j CSV pair.
struct GraphFiles {
  let graph: SyntheticGraph
  let directory: String

  var jsonPath: String { "\(directory)/graph-\(graph.nodeCount).json" }
  var graphMLPath: String { "\(directory)/graph-\(graph.nodeCount).graphml" }
  var nodesPath: String { "\(directory)/graph-\(graph.nodeCount)-nodes.csv" }
  var relationshipsPath: String { "\(directory)/graph-\(graph.nodeCount)-relationships.csv" }

  /// Writes whichever files are missing.
  func writeMissing() throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let exists = { (path: String) in FileManager.default.fileExists(atPath: path) }
    if !exists(jsonPath) { try writeJSON() }
    if !exists(graphMLPath) { try writeGraphML() }
    if !exists(nodesPath) || !exists(relationshipsPath) { try writeCSV() }
  }

  private func writeJSON() throws {
    let out = try FileWriter(path: jsonPath)
    out.write("{\"kg\":1,\"title\":\"synthetic\",\"entities\":[\n")
    for node in 0..<graph.nodeCount {
      out.write(
        (node == 0 ? "" : ",\n") + "{\"id\":\"n\(node)\",\"name\":\"\(graph.name(of: node))\","
          + "\"type\":\"\(graph.type(of: node))\",\"attributes\":{\"rank\":\(graph.rank(of: node))}}"
      )
    }
    out.write("\n],\"relations\":[\n")
    var first = true
    graph.forEachEdge { from, type, to in
      out.write(
        (first ? "" : ",\n")
          + "{\"from\":\"n\(from)\",\"type\":\"\(SyntheticGraph.relationTypes[type])\","
          + "\"to\":\"n\(to)\"}")
      first = false
    }
    out.write("\n]}\n")
    out.close()
  }

  private func writeGraphML() throws {
    let out = try FileWriter(path: graphMLPath)
    out.write(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="d0" for="node" attr.name="name" attr.type="string"/>
        <key id="d1" for="node" attr.name="type" attr.type="string"/>
        <key id="d2" for="node" attr.name="rank" attr.type="int"/>
        <key id="d3" for="edge" attr.name="type" attr.type="string"/>
        <graph edgedefault="directed">

      """)
    for node in 0..<graph.nodeCount {
      out.write(
        "    <node id=\"n\(node)\"><data key=\"d0\">\(graph.name(of: node))</data>"
          + "<data key=\"d1\">\(graph.type(of: node))</data>"
          + "<data key=\"d2\">\(graph.rank(of: node))</data></node>\n")
    }
    graph.forEachEdge { from, type, to in
      out.write(
        "    <edge source=\"n\(from)\" target=\"n\(to)\">"
          + "<data key=\"d3\">\(SyntheticGraph.relationTypes[type])</data></edge>\n")
    }
    out.write("  </graph>\n</graphml>\n")
    out.close()
  }

  private func writeCSV() throws {
    let nodes = try FileWriter(path: nodesPath)
    nodes.write("id:ID,name,:LABEL,rank:int\n")
    for node in 0..<graph.nodeCount {
      nodes.write(
        "n\(node),\(graph.name(of: node)),\(graph.type(of: node)),\(graph.rank(of: node))\n")
    }
    nodes.close()
    let relationships = try FileWriter(path: relationshipsPath)
    relationships.write(":START_ID,:END_ID,:TYPE\n")
    graph.forEachEdge { from, type, to in
      relationships.write("n\(from),n\(to),\(SyntheticGraph.relationTypes[type])\n")
    }
    relationships.close()
  }
}
