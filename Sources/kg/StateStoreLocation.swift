import Foundation
import KnowledgeGraph
import SPARQL
import SessionStore

/// Finds the bookmark and history files for a dataset: its identity is the
/// title plus the canonical path of the file (see docs/state-files.md), and
/// the files live in the XDG directories the environment names.
enum StateStoreLocation {
  /// The store, or nil when there is no home directory to keep it in.
  static func store(
    graph: Graph, path: String, environment: [String: String], recordsHistory: Bool
  ) -> SessionStore? {
    guard let directories = StateDirectories(environment: environment) else { return nil }
    let canonical = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    return SessionStore(
      identity: DatasetIdentity(title: graph.metadata.title, location: canonical),
      directories: directories, recordsHistory: recordsHistory)
  }

  /// The store of an endpoint's session: named by its URL as given.
  static func store(
    endpoint: EndpointSource, url: String, environment: [String: String], recordsHistory: Bool
  ) -> SessionStore? {
    guard let directories = StateDirectories(environment: environment) else { return nil }
    return SessionStore(
      identity: DatasetIdentity(title: endpoint.name, location: url),
      directories: directories, recordsHistory: recordsHistory)
  }
}
