import FileInput
import KnowledgeGraph

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Loads an N-Triples, N-Quads or Turtle file (plain or gzip-compressed)
/// into a `Graph`, with the mapping of `docs/rdf.md`.
///
/// Loading stops at the first syntax error with a one-line `LoadError`
/// that names the file, line and column.
public enum RDFLoader {
  public static func load(path: String, format: RDFFormat, options: RDFLoadOptions)
    throws(LoadError) -> Graph
  {
    try load(path: path, format: format, options: options, plan: .standard)
  }

  /// Loads a file, reading a mapped one as `plan` says; tests pass small windows and parts.
  static func load(path: String, format: RDFFormat, options: RDFLoadOptions, plan: ReadPlan)
    throws(LoadError) -> Graph
  {
    let reader = RDFReader(format: format, baseIRI: options.baseIRI ?? fileIRI(path))
    var mapper = GraphMapper(languages: options.languages)
    do {
      try read(path: path, with: reader, into: &mapper, plan: plan)
    } catch {
      throw loadError(error, name: path)
    }
    return finish(consume mapper, title: fileName(path))
  }

  /// Reads a file into `mapper`: mapped when plain, streamed when `.gz` or `.bz2`.
  /// A mapped file is read a window at a time, and the pages behind the reader are handed
  /// back, so the file is never resident whole; a large file is read in parts on all cores
  /// (see `ReadPlan`, `MappedRead` and `PartedRead`).
  /// Syntax errors are thrown as the reader reports them.
  static func read(
    path: String, with reader: RDFReader, into mapper: inout GraphMapper,
    plan: ReadPlan = .standard
  ) throws {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".gz") {
      var source = try GzipByteSource(FileByteSource(path: path))
      try reader.read(from: &source, into: &mapper)
      mapper.finishPendingNodes()
      return
    }
    if lowered.hasSuffix(".bz2") {
      var source = try Bzip2ByteSource(FileByteSource(path: path))
      try reader.read(from: &source, into: &mapper)
      mapper.finishPendingNodes()
      return
    }
    let languages = mapper.languages
    var failure: (any Error)?
    try DatasetFile.withContents(path: path, populatingMapping: false) {
      bytes, isMapped throws(LoadError) in
      let file = MappedRead(bytes: bytes, isMapped: isMapped, languages: languages, plan: plan)
      (mapper, failure) =
        reader.format == .turtle ? file.readTurtle(with: reader) : file.readLines(with: reader)
    }
    if let failure { throw failure }
  }

  /// Loads RDF held in memory; `name` stands for the file in messages.
  public static func load(
    bytes: [UInt8], name: String, format: RDFFormat, options: RDFLoadOptions
  ) throws(LoadError) -> Graph {
    let reader = RDFReader(format: format, baseIRI: options.baseIRI ?? fileIRI(name))
    var mapper = GraphMapper(languages: options.languages)
    let result = bytes.withUnsafeBytes { buffer in
      Result { () throws(LoadError) in try read(buffer, with: reader, into: &mapper, name: name) }
    }
    try result.get()
    return finish(consume mapper, title: fileName(name))
  }

  private static func read(
    _ buffer: UnsafeRawBufferPointer, with reader: RDFReader, into mapper: inout GraphMapper,
    name: String
  ) throws(LoadError) {
    do {
      try reader.read(buffer, into: &mapper)
    } catch {
      throw loadError(error, name: name)
    }
    mapper.finishPendingNodes()
  }

  private static func finish(_ mapper: consuming GraphMapper, title: String) -> Graph {
    var assembly = GraphAssembly(mapper, defaultTitle: title)
    return assembly.build()
  }

  static func loadError(_ error: any Error, name: String) -> LoadError {
    switch error {
    case let error as LoadError: error
    case let error as RDFSyntaxError:
      LoadError("\(name):\(error.line):\(error.column): \(error.message)")
    case let error as RDFSyntaxErrors:
      error.errors.first.map { loadError($0, name: name) } ?? LoadError("\(name): syntax error")
    case let error as RDFInputError: LoadError("\(name): \(error.message)")
    default: LoadError("\(name): \(error)")
    }
  }

  /// Where relative IRIs in a Turtle file point when it sets no `@base`: the file itself.
  static func fileIRI(_ path: String) -> String {
    let absolute = path.hasPrefix("/") ? path : currentDirectory() + "/" + path
    return "file://" + percentEncodedPath(absolute)
  }

  /// Bytes that may stand in an IRI's path as they are; the rest become `%XX`.
  private static func percentEncodedPath(_ path: String) -> String {
    let allowed = Set(
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/".utf8)
    var encoded = ""
    for byte in path.utf8 {
      if allowed.contains(byte) {
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        encoded +=
          "%" + String(byte >> 4, radix: 16, uppercase: true)
          + String(byte & 0xF, radix: 16, uppercase: true)
      }
    }
    return encoded
  }

  private static func currentDirectory() -> String {
    guard let directory = getcwd(nil, 0) else { return "" }
    defer { free(directory) }
    return String(cString: directory)
  }

  private static func fileName(_ path: String) -> String {
    String(path.split(separator: "/").last ?? Substring(path))
  }
}
