import KnowledgeGraph

extension ValueKind {
  /// Appends the JSON spelling of `text` read as this kind, as the graph
  /// stores attribute values; false, appending nothing, when the text is
  /// not of this kind. Strings and plain integers (the common values) are
  /// copied as bytes; anything else goes through `value(_:)`.
  func appendJSON(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Bool {
    if self == .string {
      StoredText.appendJSONString(text, to: &output)
      return true
    }
    if self != .boolean, NumberSpelling.isPlainInteger(text) {
      output.append(contentsOf: text)
      return true
    }
    guard let value = value(String(decoding: text, as: UTF8.self)) else { return false }
    output.append(contentsOf: value.jsonOutput.rendered().utf8)
    return true
  }
}
