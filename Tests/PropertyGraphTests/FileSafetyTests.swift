import Foundation
import KnowledgeGraph
import PropertyGraph
import Testing
import FileInput

/// Property-graph files are read like datasets: regular files only, with
/// the same messages for a missing file, a folder or a FIFO.
struct FileSafetyTests {
  @Test func missingFile() {
    #expect(throws: LoadError("/nonexistent/graph.graphml: file not found")) {
      try PropertyGraphLoader.load(path: "/nonexistent/graph.graphml")
    }
  }

  @Test func missingRelationshipsFile() {
    let nodes = Fixture.path("neo4j/movies-nodes.csv")
    #expect(throws: LoadError("/nonexistent/rels.csv: file not found")) {
      try PropertyGraphLoader.load(path: nodes, edgesPath: "/nonexistent/rels.csv")
    }
  }

  @Test func folderWithoutNodesFile() {
    let folder = Fixture.path("networkx")
    #expect(throws: LoadError("\(folder): is a directory, not a dataset file")) {
      try PropertyGraphLoader.loadGraphML(path: folder, options: PropertyGraphOptions())
    }
    #expect(throws: LoadError("\(folder): the folder holds no *nodes*.csv file")) {
      try PropertyGraphLoader.loadCSVFolder(path: folder, options: PropertyGraphOptions())
    }
  }

  @Test func fifoIsRefusedWithoutBlocking() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pg-fifo-\(getpid()).graphml"
    ).path
    #expect(mkfifo(path, 0o600) == 0)
    defer { unlink(path) }
    #expect(PropertyGraphLoader.format(path: path) == .graphML)
    #expect(
      throws: LoadError(
        "\(path): is a FIFO, not a regular file; kg reads datasets only from regular files")
    ) {
      try PropertyGraphLoader.load(path: path)
    }
  }
}
