/// Every field name of dataset format v1, matched against keys as raw bytes.
enum DatasetField: Int, CaseIterable {
  case kg, title, description, sources, relationTypes, entities, relations
  case id, name, type, aliases, attributes
  case from, to, source, quote
  case label, inverse, symmetric
  case publisher, published, url

  var name: String {
    switch self {
    case .kg: "kg"
    case .title: "title"
    case .description: "description"
    case .sources: "sources"
    case .relationTypes: "relationTypes"
    case .entities: "entities"
    case .relations: "relations"
    case .id: "id"
    case .name: "name"
    case .type: "type"
    case .aliases: "aliases"
    case .attributes: "attributes"
    case .from: "from"
    case .to: "to"
    case .source: "source"
    case .quote: "quote"
    case .label: "label"
    case .inverse: "inverse"
    case .symmetric: "symmetric"
    case .publisher: "publisher"
    case .published: "published"
    case .url: "url"
    }
  }

  /// The field's bit in a set of fields seen in one object.
  var bit: UInt32 { 1 << UInt32(rawValue) }

  /// Each name packed as `PackedKey`s, so matching a key costs a few
  /// integer comparisons instead of a `memcmp` per candidate.
  private static let packedNames: [PackedKey] = allCases.map { field in
    var name = field.name
    return name.withUTF8 { PackedKey($0) }
  }

  /// The field among `candidates` whose name is exactly `key`.
  static func match(_ key: UnsafeBufferPointer<UInt8>, among candidates: [DatasetField])
    -> DatasetField?
  {
    guard key.count <= PackedKey.capacity else { return nil }
    let packed = PackedKey(key)
    return candidates.first { packedNames[$0.rawValue] == packed }
  }
}
