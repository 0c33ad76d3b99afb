import ArgumentParser
import KnowledgeGraph

#if canImport(Glibc)
  import Glibc
#endif

/// Options every command takes: which dataset to read.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp("Dataset file to load (default: the bundled dataset).", valueName: "FILE"))
  var data: String?

  /// The dataset path: `--data`, else the bundled dataset.
  func datasetPath() throws -> String {
    if let data { return data }
    guard let bundled = BundledDataset.locate() else {
      fail("cannot find the bundled dataset \(BundledDataset.fileName); pass --data FILE")
    }
    return bundled
  }

  /// Loads the dataset, or prints one line on stderr and exits 2.
  func loadGraph() throws -> Graph {
    let path = try datasetPath()
    do {
      return try DatasetLoader.load(path: path)
    } catch {
      fail(error.message)
    }
  }
}

/// Prints `kg: message` on stderr and exits with a data error.
func fail(_ message: String, code: Int32 = 2) -> Never {
  StandardError.writeLine("kg: \(message)")
  exit(code)
}
