import KnowledgeGraph

/// One node at a time, written into the builder as its values are read:
/// `beginEntity`, any of the setters, then `commitEntity`. A node whose id
/// is taken ends the load, so nothing is ever rolled back.
extension GraphAssembly {
  /// Starts a node with id `id` (repaired if it is not valid UTF-8).
  mutating func beginEntity(id: UnsafeBufferPointer<UInt8>) {
    entity.reset()
    entity.id = StoredText.withValidUTF8(id) { bytes in
      entity.idHash = builder.ids.hashAndPrefetch(bytes)
      return builder.appendString(bytes)
    }
  }

  /// Adds the node begun last; false, storing nothing, when its id is taken.
  mutating func commitEntity() -> Bool {
    for alias in entity.aliases { builder.appendAlias(alias) }
    var fallback = "Entity"
    let type =
      entity.type.isEmpty
      ? fallback.withUTF8 { builder.entityType(forKey: $0) }
      : entity.type.withUnsafeBufferPointer { builder.entityType(forKey: $0) }
    return builder.commitEntity(
      id: entity.id, idHash: entity.idHash, name: entity.name ?? entity.id, type: type ?? 0,
      description: entity.description ?? .empty
    ).isNew
  }

  mutating func setName(_ text: UnsafeBufferPointer<UInt8>) { entity.name = append(text) }

  mutating func setDescription(_ text: UnsafeBufferPointer<UInt8>) {
    entity.description = append(text)
  }

  /// Sets the type from a value that may be in Neo4j's `:Person:Actor`
  /// form, which gives the type `Person` and the labels; an empty value
  /// leaves the type as it was.
  mutating func setType(_ text: UnsafeBufferPointer<UInt8>) {
    guard text.first == UInt8(ascii: ":") else {
      if !text.isEmpty { setTypeName(text) }
      return
    }
    let labels = String(decoding: text, as: UTF8.self)
    guard labels.hasPrefix(":") else { return setTypeName(text) }
    setLabels(labels.split(separator: ":").map(String.init))
  }

  /// Sets the type from Neo4j labels separated by `;` (a CSV `:LABEL` field).
  mutating func setLabels(_ text: UnsafeBufferPointer<UInt8>) {
    guard text.contains(UInt8(ascii: ";")) else { return setTypeName(text) }
    let labels = String(decoding: text, as: UTF8.self)
    setLabels(labels.split(separator: Neo4jCSVReader.arrayDelimiter).map(String.init))
  }

  /// The first label is the type, and when there are more, all of them are
  /// kept as the attribute `labels`.
  private mutating func setLabels(_ labels: [String]) {
    guard let first = labels.first else { return }
    var type = first
    entity.type.removeAll(keepingCapacity: true)
    type.withUTF8 { entity.type.append(contentsOf: $0) }
    if labels.count > 1 {
      addAttribute(key: attributeKey("labels"), value: .array(labels.map(AttributeValue.string)))
    }
  }

  private mutating func setTypeName(_ text: UnsafeBufferPointer<UInt8>) {
    entity.type.removeAll(keepingCapacity: true)
    StoredText.withValidUTF8(text) { entity.type.append(contentsOf: $0) }
  }

  /// Sets the aliases from text that joins them with ", ", as `kg export`
  /// writes them; empty ones are left out.
  mutating func setAliases(_ text: UnsafeBufferPointer<UInt8>) {
    entity.aliases.removeAll(keepingCapacity: true)
    guard StoredText.isValidUTF8(text), AliasSeparator.splitsAsBytes(text) else {
      for alias in String(decoding: text, as: UTF8.self).split(separator: ", ") {
        var alias = String(alias)
        entity.aliases.append(alias.withUTF8 { builder.appendString($0) })
      }
      return
    }
    var start = 0
    while start <= text.count {
      let end = AliasSeparator.next(in: text, from: start) ?? text.count
      if end > start {
        entity.aliases.append(
          builder.appendString(UnsafeBufferPointer(rebasing: text[start..<end])))
      }
      start = end + 2
    }
  }

  /// Adds an attribute of the node from its text, read as `kind`; false,
  /// adding nothing, when the text is not of that kind.
  mutating func addAttribute(key: StringRef, kind: ValueKind, text: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    json.removeAll(keepingCapacity: true)
    guard kind.appendJSON(text, to: &json) else { return false }
    storeAttribute(key: key)
    return true
  }

  mutating func addAttribute(key: StringRef, value: AttributeValue) {
    json.removeAll(keepingCapacity: true)
    json.append(contentsOf: value.jsonOutput.rendered().utf8)
    storeAttribute(key: key)
  }

  private mutating func storeAttribute(key: StringRef) {
    let value = json.withUnsafeBufferPointer { builder.appendString($0) }
    builder.appendEntityAttribute(StoredAttribute(key: key, value: value))
  }
}
