import KnowledgeGraph

/// Turns full IRIs into the compact ids users read and type (`wd:Q42`),
/// with the file's own prefixes first and well-known ones after.
///
/// An IRI is compacted at its last `/` or `#`: one hash lookup of the part
/// before it, so a million ids compact without a `String` each.
struct IRICompacter {
  private var namespaceTable = ByteStringTable()
  private var prefixes: [String] = []
  private var isUsed: [Bool] = []

  init(declared: [Namespace]) {
    let declaredPrefixes = Set(declared.map(\.prefix))
    for namespace in declared { add(namespace, declared: true) }
    for namespace in RDFVocabulary.wellKnownNamespaces
    where !declaredPrefixes.contains(namespace.prefix) {
      add(namespace, declared: false)
    }
  }

  private mutating func add(_ namespace: Namespace, declared: Bool) {
    var iri = namespace.iri
    let isNew = iri.withUTF8 { namespaceTable.insert($0).isNew }
    guard isNew else { return }
    prefixes.append(namespace.prefix)
    isUsed.append(declared)
  }

  /// The namespaces a graph needs to expand its ids: every declared one,
  /// and the well-known ones that some id used.
  var namespacesInUse: [Namespace] {
    prefixes.indices.filter { isUsed[$0] }.map { index in
      Namespace(prefix: prefixes[index], iri: namespaceTable.key(index))
    }
  }

  /// `prefix:local` written into `output`, or the IRI itself when no
  /// namespace fits or the local part would not read back as one.
  mutating func compact(_ iri: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
    output.removeAll(keepingCapacity: true)
    if let cut = Self.lastSeparator(in: iri),
      let number = namespaceTable.find(UnsafeBufferPointer(rebasing: iri[..<(cut + 1)])),
      Self.isLocalName(UnsafeBufferPointer(rebasing: iri[(cut + 1)...]))
    {
      isUsed[Int(number)] = true
      output.append(contentsOf: prefixes[Int(number)].utf8)
      output.append(UInt8(ascii: ":"))
      output.append(contentsOf: iri[(cut + 1)...])
    } else {
      output.append(contentsOf: iri)
    }
  }

  private static func lastSeparator(in iri: UnsafeBufferPointer<UInt8>) -> Int? {
    iri.lastIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "#") }
  }

  /// Letters, digits, `_`, `-` and inner `.`, and any non-ASCII; not empty.
  private static func isLocalName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last, last != UInt8(ascii: "."),
      first != UInt8(ascii: "-"), first != UInt8(ascii: ".")
    else { return false }
    return bytes.allSatisfy { byte in
      byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
  }
}
