import Foundation

/// One JSON state file: read tolerantly, replaced atomically under a lock.
///
/// A file that does not parse is moved aside (to `<file>.corrupt-<time>`)
/// with a warning, and kg goes on with an empty document. A file from a
/// newer format version is read if possible but never written.
struct StateFile<Document: StateDocument>: Sendable {
  let path: String
  let identity: DatasetIdentity

  /// What reading found, plus one-line warnings for anything unusual.
  struct Reading {
    var document: Document
    var warnings: [String] = []
    /// False for a file a newer kg wrote, which this one must not replace.
    var isWritable = true
  }

  func read() -> Reading {
    let bytes: [UInt8]?
    do {
      bytes = try AtomicFile.read(path)
    } catch {
      return Reading(document: Document(), warnings: [error.message], isWritable: false)
    }
    guard let bytes else { return Reading(document: Document()) }
    return decode(bytes)
  }

  /// Re-reads the file under the lock, applies `change` to what is on disk
  /// now (so another process's changes are kept), and replaces the file.
  @discardableResult
  func update(_ change: (inout Document) -> Void) throws(StoreFailure) -> Document {
    try FileLock.withLock(on: path) { () throws(StoreFailure) -> Document in
      let reading = read()
      guard reading.isWritable else {
        throw StoreFailure(reading.warnings.first ?? "cannot write \(path)")
      }
      var document = reading.document
      change(&document)
      document.version = Document.currentVersion
      document.title = identity.title
      if !document.paths.contains(identity.location) { document.paths.append(identity.location) }
      try AtomicFile.write(try encode(document), to: path)
      return document
    }
  }

  private func decode(_ bytes: [UInt8]) -> Reading {
    let data = Data(bytes)
    guard let probe = try? JSONDecoder().decode(VersionProbe.self, from: data) else {
      return Reading(document: Document(), warnings: [moveAside()])
    }
    if probe.version > Document.currentVersion {
      let document = (try? JSONDecoder().decode(Document.self, from: data)) ?? Document()
      let warning =
        "a newer kg (format \(probe.version)) wrote \(path); changes are not saved to it"
      return Reading(document: document, warnings: [warning], isWritable: false)
    }
    guard let document = try? JSONDecoder().decode(Document.self, from: data) else {
      return Reading(document: Document(), warnings: [moveAside()])
    }
    return Reading(document: document)
  }

  /// Renames an unreadable file out of the way and says where it went,
  /// what happened first, since a long path may not fit the status line.
  private func moveAside() -> String {
    let stamp = Int(Date().timeIntervalSince1970)
    let aside = "\(path).corrupt-\(stamp)"
    guard rename(path, aside) == 0 else {
      return "damaged state file ignored (it could not be moved aside): \(path)"
    }
    return "damaged state file moved aside, starting afresh: \(aside)"
  }

  /// Pretty JSON with sorted keys, and empty lists as `[]` (the encoder
  /// spreads them over lines); strings hold no raw newlines, so only empty
  /// lists match.
  private func encode(_ document: Document) throws(StoreFailure) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      let text = String(decoding: try encoder.encode(document), as: UTF8.self)
        .replacingOccurrences(of: #"\[\s*\]"#, with: "[]", options: .regularExpression)
      return Array(text.utf8) + [0x0A]
    } catch {
      throw StoreFailure("cannot encode \(path)")
    }
  }
}
