import KnowledgeGraph

/// The source, quote and attributes of the edge or relationship being read,
/// and for GraphML its relation type and label, as bytes in buffers reused
/// from one relation to the next; a `RelationBatch` copies what it keeps.
struct RelationDraft {
  /// Empty for none: an empty source or quote is no source or quote.
  private(set) var source: [UInt8] = []
  private(set) var quote: [UInt8] = []
  /// The attributes' key numbers (GraphML keys or CSV columns), in data order.
  private(set) var attributeKeys: [Int] = []
  /// The attributes' JSON values, one after another, each ending at its `attributeEnds`.
  private(set) var attributeValues: [UInt8] = []
  private(set) var attributeEnds: [Int] = []
  /// The last non-empty relation type that needed no decoding, as a range of the input.
  var typeRange: Range<Int>?
  /// A relation type that needed decoding; it wins over `typeRange`, and an
  /// empty one, or an empty plain one, clears it.
  var decodedType: [UInt8]?
  var label: DataText?

  /// True when a relation with this draft has a source, quote or attributes to store.
  var hasDetail: Bool { !source.isEmpty || !quote.isEmpty || !attributeKeys.isEmpty }

  /// Empties the draft for the next relation; most of its buffers are
  /// empty already, and emptying an array costs more than checking.
  mutating func reset() {
    if !source.isEmpty { source.removeAll(keepingCapacity: true) }
    if !quote.isEmpty { quote.removeAll(keepingCapacity: true) }
    if !attributeKeys.isEmpty {
      attributeKeys.removeAll(keepingCapacity: true)
      attributeValues.removeAll(keepingCapacity: true)
      attributeEnds.removeAll(keepingCapacity: true)
    }
    typeRange = nil
    decodedType = nil
    label = nil
  }

  mutating func setSource(_ text: UnsafeBufferPointer<UInt8>) {
    source.removeAll(keepingCapacity: true)
    source.append(contentsOf: text)
  }

  mutating func setQuote(_ text: UnsafeBufferPointer<UInt8>) {
    quote.removeAll(keepingCapacity: true)
    quote.append(contentsOf: text)
  }

  /// Adds an attribute from its text read as `kind`; false, adding nothing,
  /// when the text is not of that kind.
  mutating func addAttribute(key: Int, kind: ValueKind, text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard kind.appendJSON(text, to: &attributeValues) else { return false }
    attributeKeys.append(key)
    attributeEnds.append(attributeValues.count)
    return true
  }

  mutating func addAttribute(key: Int, value: AttributeValue) {
    var json = value.jsonOutput.rendered()
    json.withUTF8 { addAttribute(key: key, json: $0) }
  }

  /// Adds an attribute whose value is already spelled as JSON.
  mutating func addAttribute(key: Int, json: UnsafeBufferPointer<UInt8>) {
    attributeValues.append(contentsOf: json)
    attributeKeys.append(key)
    attributeEnds.append(attributeValues.count)
  }

  /// The JSON value of attribute `index`.
  func attributeValue(_ index: Int) -> ArraySlice<UInt8> {
    attributeValues[(index == 0 ? 0 : attributeEnds[index - 1])..<attributeEnds[index]]
  }
}
