import ArgumentParser
import Foundation
import GraphFormats
import JSONDataset
import KnowledgeGraph
import PropertyGraph
import RDF
import SPARQL

#if canImport(Glibc)
  import Glibc
#endif

/// Which dataset to read and how: every command takes these.
struct DataOptions: ParsableArguments {
  /// Files at least this large show a loading percentage on a terminal.
  static let progressThreshold = 32 << 20

  @Option(
    name: .long,
    help: ArgumentHelp("Dataset file to load (default: the bundled dataset).", valueName: "FILE"))
  var data: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Read this SPARQL endpoint instead of a file (--data http(s)://… does the same).",
      valueName: "URL"))
  var sparql: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With --sparql, the endpoint's text index for search: portable, virtuoso, qlever or wikidata (default: known from the URL, else portable).",
      valueName: "INDEX"))
  var textIndex: TextIndex?

  @Flag(
    name: .long,
    help:
      "With --sparql, never fetch the endpoint's names for search; search always asks the endpoint."
  )
  var noLabelIndex = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Languages for RDF names and descriptions, best first, e.g. zh,en (default: from LANG).",
      valueName: "LIST"))
  var lang: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With a nodes CSV file as --data, its relationships CSV file.", valueName: "FILE"))
  var edges: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "GraphML/CSV: the key or column that names nodes (default: label, name or title).",
      valueName: "KEY"))
  var nameKey: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "GraphML/CSV: the key or column that types nodes (default: type, labels or kind).",
      valueName: "KEY"))
  var typeKey: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "GraphML/CSV: the key or column that types edges (default: label, type or relationship).",
      valueName: "KEY"))
  var relationKey: String?

  /// How RDF triples become names (`--lang`, else the locale's language),
  /// which keys name and type property-graph nodes, and `--edges`.
  var loadOptions: LoadOptions {
    let languages =
      lang.map(LanguagePreference.init(list:))
      ?? LanguagePreference.fromEnvironment(ProcessInfo.processInfo.environment)
    return LoadOptions(
      rdf: RDFLoadOptions(languages: languages),
      propertyGraph: PropertyGraphOptions(
        nameKey: nameKey, typeKey: typeKey, relationKey: relationKey),
      edgesPath: edges)
  }

  /// The dataset path: `--data`, else the bundled dataset.
  func datasetPath() throws -> String {
    if let data { return data }
    guard let bundled = BundledDataset.locate() else {
      fail("cannot find the bundled dataset \(BundledDataset.fileName); pass --data FILE")
    }
    return bundled
  }

  /// Loads the dataset, or prints one line on stderr and exits 2. A large
  /// file shows `kg: loading FILE: 42%` on stderr while it loads, when stderr
  /// is a terminal.
  func loadGraph(format: GraphFormat?) throws -> Graph {
    let path = try datasetPath()
    guard Self.showsProgress(for: path) else {
      do {
        return try GraphLoader.load(path: path, format: format, options: loadOptions)
      } catch {
        fail(error.message)
      }
    }
    var shown = -1
    let graph = loadShowingProgress(path, format: format) { fraction in
      let percent = Int(fraction * 100)
      guard percent != shown else { return }
      shown = percent
      StandardError.write("\r\u{1B}[Kkg: loading \(TerminalSafeText.singleLine(path)): \(percent)%")
    }
    StandardError.write("\r\u{1B}[K")
    return graph
  }

  private func loadShowingProgress(
    _ path: String, format: GraphFormat?, progress: (Double) -> Void
  ) -> Graph {
    do {
      return try GraphLoader.load(
        path: path, format: format, options: loadOptions, progress: progress)
    } catch {
      StandardError.write("\r\u{1B}[K")
      fail(error.message)
    }
  }

  private static func showsProgress(for path: String) -> Bool {
    var info = stat()
    return isatty(2) == 1 && stat(path, &info) == 0 && Int(info.st_size) >= progressThreshold
  }
}

/// Prints `kg: message` on stderr and exits with a data error.
func fail(_ message: String, code: Int32 = 2) -> Never {
  StandardError.writeLine("kg: \(message)")
  exit(code)
}
