import ArgumentParser
import GraphFormats
import KnowledgeGraph

/// Options every command but `kg export` takes: the dataset, and `--format`
/// to name its format when the extension does not (export's `--format` is
/// its output, so it names the input with `--data-format`).
struct GlobalOptions: ParsableArguments {
  @OptionGroup var source: DataOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The dataset's format: json, nt, nq, ttl, graphml or csv (default: from the extension, else the content).",
      valueName: "FORMAT"))
  var format: GraphFormat?

  func datasetPath() throws -> String { try source.datasetPath() }

  var loadOptions: LoadOptions { source.loadOptions }

  /// Loads the dataset, or prints one line on stderr and exits 2.
  func loadGraph() throws -> Graph { try source.loadGraph(format: format) }
}
