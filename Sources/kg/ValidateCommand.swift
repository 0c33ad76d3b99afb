import ArgumentParser
import KnowledgeGraph

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate", abstract: "Check a dataset and report every problem.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let graph = try global.loadGraph()
    print("\(graph.entityCount) entities")
  }
}
