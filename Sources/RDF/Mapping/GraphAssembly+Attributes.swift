import KnowledgeGraph

/// Literals as attributes: the key is the compact predicate with the
/// literal's language (`@de`) or datatype (`^^xsd:date`), the value a JSON
/// number, boolean or string as the model stores them.
extension GraphAssembly {
  mutating func addAttribute(_ record: LiteralRecord) {
    mapper.builder.appendEntityAttribute(storedAttribute(record))
  }

  /// A literal as the model stores an attribute: its key and JSON value.
  mutating func storedAttribute(_ record: LiteralRecord) -> StoredAttribute {
    let native = nativeValue(record)
    let key = attributeKey(record, isNative: native != nil)
    if let native { return StoredAttribute(key: key, value: native) }
    // Quote into the scratch first and append after: appending while the
    // arena's bytes are lent out would copy the whole arena every time.
    mapper.builder.strings.withBytes(of: record.value) { JSONText.quoted($0, into: &scratch) }
    let value = scratch.withUnsafeBufferPointer { mapper.builder.appendString($0) }
    return StoredAttribute(key: key, value: value)
  }

  mutating func addListAttribute(_ predicate: UInt32, _ values: [LiteralRecord]) {
    let key = attributeKey(
      LiteralRecord(node: 0, predicate: predicate, value: .empty, language: 0, datatype: 0),
      isNative: true)
    var json: [UInt8] = [UInt8(ascii: "[")]
    for (index, value) in values.enumerated() {
      if index > 0 { json.append(UInt8(ascii: ",")) }
      mapper.builder.strings.withBytes(of: value.value) { JSONText.quoted($0, into: &scratch) }
      json.append(contentsOf: scratch)
    }
    json.append(UInt8(ascii: "]"))
    let stored = json.withUnsafeBufferPointer { mapper.builder.appendString($0) }
    mapper.builder.appendEntityAttribute(StoredAttribute(key: key, value: stored))
  }

  /// The value as a JSON number or boolean, when its datatype is one the
  /// model has and its lexical form is valid; nil for everything else.
  /// A lexical form that already is the JSON text is used as it is.
  private mutating func nativeValue(_ record: LiteralRecord) -> StringRef? {
    guard record.datatype != 0 else { return nil }
    let kind = datatypeKinds[Int(record.datatype) - 1]
    guard kind != .none else { return nil }
    if mapper.builder.strings.withBytes(of: record.value, { JSONText.isJSON($0, kind) }) {
      return record.value
    }
    let text = mapper.builder.strings.string(record.value)
    if kind == .boolean {
      guard let value = ["1": "true", "0": "false"][text] else { return nil }
      return mapper.builder.strings.append(value)
    }
    return JSONText.number(text).map { mapper.builder.strings.append($0) }
  }

  private mutating func attributeKey(_ record: LiteralRecord, isNative: Bool) -> StringRef {
    let suffix = isNative ? 0 : UInt64(record.language) << 16 | UInt64(record.datatype)
    let cacheKey = UInt64(record.predicate) << 32 | suffix
    if let key = attributeKeys[cacheKey] { return key }
    var text = compactIRI(mapper.predicates.key(Int(record.predicate)))
    if !isNative, record.language != 0 {
      text += "@" + mapper.languageTags.key(Int(record.language) - 1)
    } else if !isNative, record.datatype != 0 {
      text += "^^" + compactIRI(mapper.datatypes.key(Int(record.datatype) - 1))
    }
    let key = mapper.builder.strings.append(text)
    attributeKeys[cacheKey] = key
    return key
  }

  mutating func compactIRI(_ iri: String) -> String {
    var iri = iri
    iri.withUTF8 { compacter.compact($0, into: &scratch) }
    return String(decoding: scratch, as: UTF8.self)
  }
}
