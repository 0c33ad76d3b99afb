import ArgumentParser
import KnowledgeGraph

struct NeighborsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "neighbors", abstract: "List entities within N hops.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let graph = try global.loadGraph()
    print("\(graph.entityCount) entities")
  }
}
