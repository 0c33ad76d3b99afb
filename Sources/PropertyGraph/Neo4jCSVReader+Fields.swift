import KnowledgeGraph
import FileInput

/// Field values put into drafts by their column's role.
extension Neo4jCSVReader {
  static let arrayDelimiter: Character = ";"

  func apply(
    _ field: CSVField, of column: CSVColumn, reader: CSVRecordReader, to draft: inout ItemDraft
  ) throws(LoadError) {
    switch column.role {
    case .name: draft.name = reader.string(field)
    case .type: draft.setType(reader.string(field))
    case .labels:
      let labels = reader.string(field)
      if labels.utf8.contains(UInt8(ascii: ";")) {
        draft.setLabels(labels.split(separator: Self.arrayDelimiter).map(String.init))
      } else {
        draft.type = labels
      }
    case .description: draft.description = reader.string(field)
    case .property(let kind, let isArray):
      draft.attributes.append(
        Attribute(
          key: column.name,
          value: try value(reader.string(field), kind, isArray: isArray, column, field, reader)))
    case .id, .startID, .endID, .relationType, .ignored: break
    }
  }

  private func value(
    _ text: String, _ kind: ValueKind, isArray: Bool, _ column: CSVColumn, _ field: CSVField,
    _ reader: CSVRecordReader
  ) throws(LoadError) -> AttributeValue {
    guard isArray else { return try scalar(text, kind, column, field, reader) }
    var values: [AttributeValue] = []
    for element in text.split(separator: Self.arrayDelimiter, omittingEmptySubsequences: false) {
      values.append(try scalar(String(element), kind, column, field, reader))
    }
    return .array(values)
  }

  private func scalar(
    _ text: String, _ kind: ValueKind, _ column: CSVColumn, _ field: CSVField,
    _ reader: CSVRecordReader
  ) throws(LoadError) -> AttributeValue {
    guard let value = kind.value(text) else {
      throw reader.input.error(
        at: field.start,
        "column \(QuotedText.quoted(column.header)) must be \(kind.noun), found \(QuotedText.quoted(text))"
      )
    }
    return value
  }
}
