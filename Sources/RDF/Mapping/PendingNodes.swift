import KnowledgeGraph

/// Node lookups put off until a batch of them can be done at once: the keys
/// of relation objects and of reified statements' subjects and objects,
/// copied into one small arena, with where each node number goes.
///
/// At a million entities the node table spans far more than the cache, and
/// one lookup at a time waits for memory every time; `ByteStringTable.findAll`
/// sorts a batch by hash slot and prefetches, so the waits overlap.
struct PendingNodes {
  /// How many lookups wait before the batch is resolved: enough to sweep the
  /// table in order, few enough that the keys stay in the cache.
  static let batchSize = 1 << 16

  /// Where a looked-up node number goes.
  enum Target {
    case linkEnd(UInt32)
    case statementSubject(UInt32)
    case statementObject(UInt32)
  }

  private(set) var keyBytes: [UInt8] = []
  private(set) var keys: [StringRef] = []
  private(set) var targets: [Target] = []

  var isEmpty: Bool { keys.isEmpty }
  var isFull: Bool { keys.count >= Self.batchSize }

  /// Puts off the lookup of a resource term, an IRI or a blank node (`_:label`).
  mutating func append(_ term: RDFTerm, for target: Target) {
    let start = keyBytes.count
    if term.kind == .blankNode {
      keyBytes.append(UInt8(ascii: "_"))
      keyBytes.append(UInt8(ascii: ":"))
    }
    keyBytes.append(contentsOf: term.value)
    keys.append(StringRef(start..<keyBytes.count))
    targets.append(target)
  }

  /// The bytes of the key numbered `index`.
  func withKey<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let key = keys[index]
    return keyBytes.withUnsafeBufferPointer {
      body(UnsafeBufferPointer(rebasing: $0[Int(key.offset)..<Int(key.offset + key.length)]))
    }
  }

  /// Every key as a slice of one buffer, for `ByteStringTable.findAll`.
  func withKeys<Result>(
    _ body: (UnsafeBufferPointer<StringRef>, UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    keys.withUnsafeBufferPointer { keys in keyBytes.withUnsafeBufferPointer { body(keys, $0) } }
  }

  mutating func removeAll() {
    keyBytes.removeAll(keepingCapacity: true)
    keys.removeAll(keepingCapacity: true)
    targets.removeAll(keepingCapacity: true)
  }
}
