import ArgumentParser
import KnowledgeGraph

struct BrowseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "browse", abstract: "Open the interactive browser (the default).")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let graph = try global.loadGraph()
    print("\(graph.entityCount) entities")
  }
}
