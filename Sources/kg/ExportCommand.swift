import ArgumentParser
import KnowledgeGraph

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export the graph or a neighbourhood.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let graph = try global.loadGraph()
    print("\(graph.entityCount) entities")
  }
}
