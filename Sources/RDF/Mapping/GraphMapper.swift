import KnowledgeGraph

/// Maps triples to kg's model as a reader hands them over: an `RDFSink`
/// that interns every subject and resource object as a node (most objects
/// in batches, see `PendingNodes`), keeps literals
/// and links as compact records, and leaves every choice that needs the
/// whole file (names by language, labels of predicates and classes, lists,
/// reified provenance) to `finish`, so the file is read once.
///
/// See `docs/rdf.md` for the mapping.
struct GraphMapper: RDFSink {
  static let noGraph = UInt16.max
  static let listEnd = UInt32.max
  /// The end of a link whose object is resolved after the read.
  static let pendingObject = UInt32.max - 1
  /// Set in a column's node number that is a number in `forward` instead.
  static let forwardMark: UInt32 = 1 << 31

  /// Whether `number`, from a link's end or a reified statement's part, is
  /// a number in `forward` rather than a node or one of the markers.
  static func isForward(_ number: UInt32) -> Bool {
    number & forwardMark != 0 && number < pendingObject
  }

  var builder = GraphBuilder()
  let languages: LanguagePreference
  /// Subjects and resource objects: IRIs as they are, blank nodes as `_:label`.
  var nodes = ByteStringTable()
  /// Whether a node is a subject or the object of a link other than
  /// `rdf:type`: a class that is only ever a type is not an entity.
  var isResource: [Bool] = []
  var predicates = ByteStringTable()
  var roles: [PredicateRole] = []
  var linkFrom: [UInt32] = []
  var linkTo: [UInt32] = []
  var linkPredicate: [UInt32] = []
  var linkGraph: [UInt16] = []
  var labels: [LiteralRecord] = []
  var descriptions: [LiteralRecord] = []
  var attributes: [LiteralRecord] = []
  var listFirst: [UInt32: ListItem] = [:]
  var listRest: [UInt32: UInt32] = [:]
  var statements = ReifiedStatements()
  var languageTags = ByteStringTable()
  var datatypes = ByteStringTable()
  var graphs = ByteStringTable()
  var declared: [Namespace] = []
  /// Relation objects and reified statements' parts, looked up in batches:
  /// call `finishPendingNodes` once the read ends.
  var pending = PendingNodes()
  /// The objects a batch found no node for yet, numbered here in the order
  /// the file first names them; the columns hold such a number with
  /// `forwardMark` set until `finishPendingNodes` gives it a node. Each is
  /// kept once, however often it is named, and most become nodes when they
  /// come as a subject later in the file.
  var forward = ByteStringTable()
  private var key: [UInt8] = []
  private var lastSubject: [UInt8] = []
  private var lastSubjectKind = RDFTermKind.literal
  private var lastSubjectNode: UInt32 = 0
  private var lastPredicate: [UInt8] = []
  private var lastPredicateNumber: UInt32 = 0

  init(languages: LanguagePreference) {
    self.languages = languages
  }

  /// Reserves room for a file of about `byteCount` bytes, at roughly a
  /// hundred bytes a triple and a node every `bytesPerNode` (half of them
  /// named before they come as a subject, if at all), so the columns and the
  /// node tables never copy themselves while growing through millions of
  /// triples; a file with fewer nodes leaves part of the tables untouched,
  /// one with more grows them as it would have anyway.
  init(languages: LanguagePreference, expectedByteCount byteCount: Int, bytesPerNode: Int) {
    self.languages = languages
    builder = GraphBuilder(expectedByteCount: byteCount / 2)
    nodes = ByteStringTable(expectedCount: byteCount / bytesPerNode, keyLength: 40)
    forward = ByteStringTable(expectedCount: byteCount / bytesPerNode / 2, keyLength: 40)
    let triples = byteCount / 100
    for column in [\Self.linkFrom, \Self.linkTo, \Self.linkPredicate] {
      self[keyPath: column].reserveCapacity(triples / 2)
    }
    linkGraph.reserveCapacity(triples / 2)
    attributes.reserveCapacity(triples / 4)
    labels.reserveCapacity(triples / 8)
  }

  mutating func prefix(name: UnsafeBufferPointer<UInt8>, namespace: UnsafeBufferPointer<UInt8>) {
    let prefix = String(decoding: name, as: UTF8.self)
    let iri = String(decoding: namespace, as: UTF8.self)
    declared.removeAll { $0.prefix == prefix }
    declared.append(Namespace(prefix: prefix, iri: iri))
  }

  mutating func statement(subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm?) {
    let from = subjectNode(subject)
    let number = predicateNumber(predicate.value)
    if object.kind == .literal {
      literal(object, of: from, predicate: number)
    } else {
      link(from, number, object, graph: graph)
    }
  }

  /// The subject's node, remembered for the next statement: subjects come
  /// in runs, an entity's or a reified statement's triples one after another.
  private mutating func subjectNode(_ term: RDFTerm) -> UInt32 {
    if term.kind == lastSubjectKind, ByteComparison.equal(term.value, lastSubject) {
      return lastSubjectNode
    }
    let node = self.node(term, isResource: true)
    lastSubject.removeAll(keepingCapacity: true)
    lastSubject.append(contentsOf: term.value)
    lastSubjectKind = term.kind
    lastSubjectNode = node
    return node
  }

  mutating func node(_ term: RDFTerm, isResource resource: Bool) -> UInt32 {
    let (number, isNew): (UInt32, Bool)
    if term.kind == .blankNode {
      key.removeAll(keepingCapacity: true)
      key.append(UInt8(ascii: "_"))
      key.append(UInt8(ascii: ":"))
      key.append(contentsOf: term.value)
      (number, isNew) = key.withUnsafeBufferPointer { nodes.insert($0) }
    } else {
      (number, isNew) = nodes.insert(term.value)
    }
    if isNew {
      isResource.append(resource)
    } else if resource {
      isResource[Int(number)] = true
    }
    return number
  }

  private mutating func predicateNumber(_ iri: UnsafeBufferPointer<UInt8>) -> UInt32 {
    if ByteComparison.equal(iri, lastPredicate) { return lastPredicateNumber }
    let (number, isNew) = predicates.insert(iri)
    if isNew { roles.append(PredicateRole(iri: String(decoding: iri, as: UTF8.self))) }
    lastPredicate.removeAll(keepingCapacity: true)
    lastPredicate.append(contentsOf: iri)
    lastPredicateNumber = number
    return number
  }
}
