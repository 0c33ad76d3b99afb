import KnowledgeGraph

extension DatasetParser {
  mutating func readSources() throws(JSONError) {
    guard try expect(.object, "\"sources\"") else { return }
    try reader.enterContainer()
    var isFirst = true
    while let key = try reader.nextKey(isFirst: &isFirst) {
      let name = String(decoding: key, as: UTF8.self)
      let owner = "source \(MessageText.quoted(name))"
      guard !declaredSourceKeys.contains(name) else {
        try log.error(at: reader.tokenStart, "\(owner) is declared twice")
        try reader.skipValue()
        continue
      }
      guard try expect(.object, owner) else { continue }
      declaredSourceKeys.insert(name)
      sources.append(try readSource(key: name, owner: owner))
    }
  }

  private mutating func readSource(key: String, owner: String) throws(JSONError) -> Source {
    var texts: [DatasetField: String] = [:]
    var seen: UInt32 = 0
    try reader.enterContainer()
    var isFirst = true
    while let key = try reader.nextKey(isFirst: &isFirst) {
      guard let field = DatasetField.match(key, among: DatasetObjectKind.source.fields) else {
        try skipUnknown(key, in: owner, kind: .source)
        continue
      }
      guard try note(field, in: &seen, of: owner) else { continue }
      texts[field] = try string("\(owner): \"\(field.name)\"").map {
        String(decoding: $0, as: UTF8.self)
      }
    }
    return Source(
      key: key, title: texts[.title], publisher: texts[.publisher], published: texts[.published],
      url: texts[.url])
  }

  mutating func readRelationTypes() throws(JSONError) {
    guard try expect(.object, "\"relationTypes\"") else { return }
    try reader.enterContainer()
    var isFirst = true
    while let key = try reader.nextKey(isFirst: &isFirst) {
      let owner = "relation type \(MessageText.quoted(key))"
      guard !key.isEmpty else {
        try log.error(at: reader.tokenStart, "a relation type key must not be empty")
        try reader.skipValue()
        continue
      }
      guard let number = builder.relationTypeNumber(forKey: key) else {
        try log.error(at: reader.tokenStart, "more than 65,535 relation types")
        try reader.skipValue()
        continue
      }
      guard !declaredRelationTypes.contains(number) else {
        try log.error(at: reader.tokenStart, "\(owner) is declared twice")
        try reader.skipValue()
        continue
      }
      guard try expect(.object, owner) else { continue }
      declaredRelationTypes.insert(number)
      try readRelationType(number, owner: owner)
    }
  }

  private mutating func readRelationType(_ number: UInt16, owner: String) throws(JSONError) {
    var label: String?
    var inverse: String?
    var isSymmetric = false
    var seen: UInt32 = 0
    try reader.enterContainer()
    var isFirst = true
    while let key = try reader.nextKey(isFirst: &isFirst) {
      guard let field = DatasetField.match(key, among: DatasetObjectKind.relationType.fields) else {
        try skipUnknown(key, in: owner, kind: .relationType)
        continue
      }
      guard try note(field, in: &seen, of: owner) else { continue }
      let what = "\(owner): \"\(field.name)\""
      switch field {
      case .label: label = try string(what).map { String(decoding: $0, as: UTF8.self) }
      case .inverse: inverse = try string(what).map { String(decoding: $0, as: UTF8.self) }
      default: isSymmetric = try bool(what) ?? false
      }
    }
    builder.declareRelationType(
      number, label: label, inverseLabel: inverse, isSymmetric: isSymmetric)
  }
}
