import KnowledgeGraph
import FileInput

/// Field values put into the node or relationship being read, by their column's role.
extension Neo4jCSVReader {
  static let arrayDelimiter: Character = ";"

  /// Puts a field of a node where its column says; `key` is the column's
  /// stored name, for a property.
  mutating func apply(
    _ field: CSVField, of column: CSVColumn, key: StringRef, reader: CSVRecordReader
  ) throws(LoadError) {
    switch column.role {
    case .name: reader.withBytes(field) { assembly.setName($0) }
    case .type: reader.withBytes(field) { assembly.setType($0) }
    case .labels: reader.withBytes(field) { assembly.setLabels($0) }
    case .description: reader.withBytes(field) { assembly.setDescription($0) }
    case .property(let kind, true):
      assembly.addAttribute(key: key, value: try array(field, kind, column, reader))
    case .property(let kind, false):
      let isValid = reader.withBytes(field) {
        assembly.addAttribute(key: key, kind: kind, text: $0)
      }
      if !isValid { throw invalid(reader.string(field), kind, column, field, reader) }
    case .id, .startID, .endID, .relationType, .ignored: break
    }
  }

  /// Adds a property of the relationship being read, keyed by its column's `number`.
  mutating func addProperty(
    _ field: CSVField, of column: CSVColumn, number: Int, reader: CSVRecordReader
  ) throws(LoadError) {
    guard case .property(let kind, let isArray) = column.role else { return }
    guard !isArray else {
      return relation.addAttribute(key: number, value: try array(field, kind, column, reader))
    }
    let isValid = reader.withBytes(field) {
      relation.addAttribute(key: number, kind: kind, text: $0)
    }
    if !isValid { throw invalid(reader.string(field), kind, column, field, reader) }
  }

  /// An array property: elements separated by `;`, each of `kind`.
  private func array(
    _ field: CSVField, _ kind: ValueKind, _ column: CSVColumn, _ reader: CSVRecordReader
  ) throws(LoadError) -> AttributeValue {
    var values: [AttributeValue] = []
    let text = reader.string(field)
    for element in text.split(separator: Self.arrayDelimiter, omittingEmptySubsequences: false) {
      guard let value = kind.value(String(element)) else {
        throw invalid(String(element), kind, column, field, reader)
      }
      values.append(value)
    }
    return .array(values)
  }

  private func invalid(
    _ text: String, _ kind: ValueKind, _ column: CSVColumn, _ field: CSVField,
    _ reader: CSVRecordReader
  ) -> LoadError {
    reader.input.error(
      at: field.start,
      "column \(QuotedText.quoted(column.header)) must be \(kind.noun), found \(QuotedText.quoted(text))"
    )
  }
}
