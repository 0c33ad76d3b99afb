import ArgumentParser
import KnowledgeGraph

struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search", abstract: "Search entities by keyword.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let graph = try global.loadGraph()
    print("\(graph.entityCount) entities")
  }
}
