/// Turtle's prefix declarations: prefix name to namespace IRI, both kept as bytes in storage
/// that lives as long as the reader, so a prefixed name costs a lookup and one copy.
struct PrefixTable {
  private struct Entry {
    var name: Range<Int>
    var namespace: Range<Int>
  }

  /// Zero bytes after each namespace, so a namespace of up to 64 bytes can be copied as whole
  /// words (see ``ByteArena/appendShort(_:_:readable:)``).
  static let padding = 64

  private let storage = ByteArena()
  private var entries: [Entry] = []
  private var lastHit = 0

  /// Adds or replaces (a later declaration wins) a prefix.
  mutating func declare(name: UnsafeBufferPointer<UInt8>, namespace: UnsafeBufferPointer<UInt8>) {
    let nameStart = storage.count
    storage.append(name)
    let namespaceStart = storage.count
    storage.append(namespace)
    let entry = Entry(
      name: nameStart..<namespaceStart, namespace: namespaceStart..<storage.count)
    for _ in 0..<PrefixTable.padding { storage.append(0) }
    if let index = index(of: name.baseAddress ?? UnsafePointer(storage.base), name.count) {
      entries[index] = entry
    } else {
      entries.append(entry)
    }
  }

  /// Every prefix name with its namespace, for comparing the tables of two parsers.
  var declarations: [[UInt8]: [UInt8]] {
    var all: [[UInt8]: [UInt8]] = [:]
    for entry in entries {
      all[Array(storage.bytes(from: entry.name.lowerBound, count: entry.name.count))] = Array(
        storage.bytes(from: entry.namespace.lowerBound, count: entry.namespace.count))
    }
    return all
  }

  /// The namespace of a prefix name, valid until the next declaration.
  @inline(__always)
  mutating func namespace(of name: UnsafePointer<UInt8>, _ count: Int) -> UnsafeBufferPointer<
    UInt8
  >? {
    guard let index = index(of: name, count) else { return nil }
    lastHit = index
    let range = entries[index].namespace
    return storage.bytes(from: range.lowerBound, count: range.count)
  }

  @inline(__always)
  private func index(of name: UnsafePointer<UInt8>, _ count: Int) -> Int? {
    if lastHit < entries.count && matches(entries[lastHit], name, count) { return lastHit }
    return entries.indices.first { matches(entries[$0], name, count) }
  }

  @inline(__always)
  private func matches(_ entry: Entry, _ name: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    guard entry.name.count == count else { return false }
    let stored = storage.base + entry.name.lowerBound
    for index in 0..<count where stored[index] != name[index] { return false }
    return true
  }
}
