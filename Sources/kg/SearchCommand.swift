import ArgumentParser
import Foundation
import GraphSearch
import KnowledgeGraph
import SPARQL
import Scripting

/// `kg search`: ranked keyword search from the command line, one query or a batch.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search", abstract: "Search entities by keyword.",
    discussion: """
      Matches names, aliases, ids and types (and descriptions, ranked last),
      ignoring case and accents, fuzzily like fzf. Query syntax: words are
      ANDed; 'word exact, ^word prefix, word$ suffix, !word excludes, a | b
      either, type:University restricts the type. See docs/search.md.

      Examples:
        kg search peking
        kg search "dmac" --json
        kg search --batch names.txt

      Exit codes: 0 results found; 1 no results (with --batch: some non-blank
      query had none); 2 usage or data error.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The query, e.g. \"peking univ\" or \"type:lab ali\".")
  var query: String?

  @Option(name: .long, help: "Show at most N results (default 20).")
  var limit: Int = 20

  @Flag(name: .long, help: "Print a JSON array instead of text lines.")
  var json = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Read one query per line from FILE (- for stdin) and print one JSON line per query.",
      valueName: "FILE"))
  var batch: String?

  func validate() throws {
    guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    switch (query, batch) {
    case (nil, nil): throw ValidationError("give a QUERY or --batch FILE")
    case (.some, .some): throw ValidationError("give either a QUERY or --batch FILE, not both")
    default: break
    }
  }

  func run() throws {
    let lines = try batch.map(readBatch)
    if let endpoint = global.source.endpoint() {
      return try search(endpoint, queries: lines ?? [query ?? ""], batch: lines != nil)
    }
    let index = SearchIndex(graph: try global.loadGraph())
    if let lines {
      try runBatch(lines, index: index)
    } else if let query {
      try runSingle(query, index: index)
    }
  }

  private func runSingle(_ query: String, index: SearchIndex) throws {
    let results = index.search(query, limit: limit)
    if json {
      print(SearchReport.json(results, in: index.graph).rendered(pretty: true))
    } else {
      for line in SearchReport.textLines(results, in: index.graph) { print(line) }
    }
    guard results.isEmpty else { return }
    let suggestions = index.suggestions(for: query, limit: 3)
    StandardError.writeLine(
      "kg: " + SearchReport.noMatchMessage(query: query, suggestions: suggestions, in: index.graph))
    throw ExitCode(1)
  }

  private func runBatch(_ lines: [String], index: SearchIndex) throws {
    var missed = false
    for line in lines {
      let results = index.search(line, limit: limit)
      let blank = line.allSatisfy(\.isWhitespace)
      let suggestions = results.isEmpty && !blank ? index.suggestions(for: line, limit: 3) : []
      if results.isEmpty && !blank { missed = true }
      print(
        SearchReport.batchLine(
          query: line, results: results, suggestions: suggestions, in: index.graph))
    }
    if missed { throw ExitCode(1) }
  }

  /// A batch at least this long fetches the endpoint's label index first:
  /// fetching it costs about as much as 15 to 20 `CONTAINS` searches (both
  /// grow with the number of labels), and each query after takes milliseconds.
  static let labelIndexBatch = 50

  /// Each query's candidates come from the endpoint and are ranked by kg's
  /// index, or, for a long batch, come from the endpoint's label index;
  /// there are no "did you mean" suggestions.
  private func search(_ endpoint: EndpointSource, queries: [String], batch: Bool) throws {
    if batch, queries.count(where: { !$0.allSatisfy(\.isWhitespace) }) >= Self.labelIndexBatch {
      endpoint.labelIndex?.load(from: endpoint)
    }
    var missed = false
    for query in queries {
      let blank = query.allSatisfy(\.isWhitespace)
      let found = EndpointQueries.answer { () throws(EndpointFailure) in
        try endpoint.search(query, limit: limit)
      }
      EndpointQueries.notePartial(found.isPartial, at: endpoint)
      if found.results.isEmpty && !blank { missed = true }
      if batch {
        print(
          SearchReport.batchLine(
            query: query, results: found.results, suggestions: [], in: found.graph))
      } else if json {
        print(SearchReport.json(found.results, in: found.graph).rendered(pretty: true))
      } else {
        for line in SearchReport.textLines(found.results, in: found.graph) { print(line) }
      }
      if !batch, found.results.isEmpty {
        StandardError.writeLine(
          "kg: " + SearchReport.noMatchMessage(query: query, suggestions: [], in: found.graph))
      }
    }
    if missed { throw ExitCode(1) }
  }

  private func readBatch(_ path: String) throws -> [String] {
    let data: Data?
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      data = FileManager.default.contents(atPath: path)
    }
    guard let data else { fail("\(path): cannot read file") }
    var lines = String(decoding: data, as: UTF8.self).split(
      omittingEmptySubsequences: false, whereSeparator: \.isNewline
    ).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
