import CMemoryHints
import KnowledgeGraph

/// Builds a `Graph` from the nodes and edges that a GraphML or CSV reader
/// hands it, keeping the relation types and sources they name.
///
/// Values go into the builder's string arena as bytes, through the
/// byte-level entry points that kg's JSON loader uses, so reading makes no
/// `String` per value: a node's fields are gathered between `beginEntity`
/// and `commitEntity` (see `GraphAssembly+Entities.swift`), and a
/// relation's source, quote and attributes come from its `RelationBatch`.
struct GraphAssembly {
  /// The fallback relation type for an edge that names none.
  static let defaultRelationType = "linked to"

  var builder: GraphBuilder
  private var relationTypes = RelationTypeTable()
  /// Attribute keys stored once each and shared by every attribute, by
  /// their bytes (names that `String` deems equal may differ in them).
  private var attributeKeys: [[UInt8]: StringRef] = [:]
  var entity = EntityFields()
  /// The JSON spelling of the attribute value being stored, reused.
  var json: [UInt8] = []

  /// An assembly for an input of about `byteCount` bytes. The string arena
  /// reserves that much, which is never touched beyond what it holds, so it
  /// never copies itself while growing: the graph's text is part of the file's.
  init(expectedByteCount byteCount: Int = 0) {
    builder = GraphBuilder(expectedByteCount: byteCount)
  }

  var entityCount: Int { builder.entityCount }

  /// The entity numbers of many ids at once, `ByteStringTable.notFound` for unknown ones.
  func findAll(_ keys: [StringRef], in bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
    var results = [UInt32](repeating: ByteStringTable.notFound, count: keys.count)
    results.withUnsafeMutableBufferPointer { results in
      keys.withUnsafeBufferPointer { builder.ids.findAll($0, in: bytes, into: results) }
    }
    return results
  }

  /// The stored key `name`, appended to the arena on first use.
  mutating func attributeKey(_ name: String) -> StringRef {
    let bytes = Array(name.utf8)
    if let known = attributeKeys[bytes] { return known }
    let key = builder.strings.append(name)
    attributeKeys[bytes] = key
    return key
  }

  /// Appends text from the file to the arena, repaired if it is not valid UTF-8.
  mutating func append(_ text: UnsafeBufferPointer<UInt8>) -> StringRef {
    StoredText.withValidUTF8(text) { builder.appendString($0) }
  }

  /// The relation type named by `key`, or the fallback "linked to" for nil
  /// or empty; nil past 65,535 relation types. `label` is the edge's label
  /// for the type, if it gives one.
  mutating func relationType(
    forKey key: UnsafeBufferPointer<UInt8>?, label: UnsafeBufferPointer<UInt8>?,
    isUndirected: Bool
  ) -> RelationTypeIndex? {
    guard let key, !key.isEmpty else {
      var fallback = Self.defaultRelationType
      return fallback.withUTF8 {
        relationTypes.index(forKey: $0, label: label, isUndirected: isUndirected, builder: &builder)
      }
    }
    return relationTypes.index(
      forKey: key, label: label, isUndirected: isUndirected, builder: &builder)
  }

  /// Takes over the relation types of another assembly, which read part of
  /// the same file; returns this assembly's type for each of its types.
  mutating func adoptRelationTypes(of other: GraphAssembly) -> [RelationTypeIndex]? {
    relationTypes.adopt(other.relationTypes, builder: &builder)
  }

  /// Adds a relation with the source, quote and attributes that `batch`
  /// holds for it, if any; `keys` are the stored attribute keys by the key
  /// numbers the batch gives.
  mutating func addRelation(
    from: EntityIndex, type: RelationTypeIndex, to: EntityIndex, detail: BatchDetail?,
    of batch: RelationBatch, keys: [StringRef]
  ) {
    var stored = RelationDetail.empty
    if let detail { stored = store(detail, of: batch, keys: keys) }
    builder.addRelation(from: from.rawValue, type: type.rawValue, to: to.rawValue, detail: stored)
  }

  /// Moves a relation's detail from its batch into the builder. The
  /// builder is read only outside the closure, where reading it needs no copy.
  private mutating func store(_ detail: BatchDetail, of batch: RelationBatch, keys: [StringRef])
    -> RelationDetail
  {
    let attributeStart = builder.relationAttributeCount
    let (source, quote) = batch.withDetailBytes { bytes in
      for index in detail.attributes {
        let (key, value) = batch.attribute(index)
        let stored = builder.appendString(value.slice(of: bytes))
        builder.appendRelationAttribute(StoredAttribute(key: keys[key], value: stored))
      }
      let source =
        detail.source.isEmpty
        ? nil
        : StoredText.withValidUTF8(detail.source.slice(of: bytes)) {
          builder.sourceNumber(forKey: $0)
        }
      return (
        source, detail.quote.isEmpty ? StringRef.empty : append(detail.quote.slice(of: bytes))
      )
    }
    return RelationDetail(
      source: source ?? RelationDetail.noSource, quote: quote, attributeStart: attributeStart,
      attributeEnd: builder.relationAttributeCount)
  }

  /// The graph, with every relation type declared and every source named
  /// once: sources that differ only in their bytes, as canonically
  /// equivalent text does, are one source, as `String` compares them.
  ///
  /// The builder is taken out of the assembly, which is left empty: building
  /// then finds its arrays unshared and sorts them in place rather than
  /// copying them (a `consuming` method would build from a copy while the
  /// caller's assembly still held them). The memory that reading freed (the
  /// batches read ahead on another core) is handed back before building's peak.
  mutating func graph(title: String, description: String?) -> Graph {
    kg_release_free_heap()
    relationTypes.declare(into: &builder)
    var named = Set<String>()
    let sources = Array(builder.sourceKeys.keys).filter { named.insert($0).inserted }.map {
      Source(key: $0, title: nil, publisher: nil, published: nil, url: nil)
    }
    let taken = builder
    builder = GraphBuilder()
    return taken.build(
      metadata: DatasetMetadata(title: title, description: description, sources: sources)
    ).graph
  }
}
