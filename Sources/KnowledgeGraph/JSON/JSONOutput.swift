/// A JSON value to write, with object keys kept in insertion order so output
/// is stable and diffable (golden tests, round trips).
public indirect enum JSONOutput: Hashable, Sendable {
  case object([(key: String, value: JSONOutput)])
  case array([JSONOutput])
  case string(String)
  /// A number already spelled as JSON, e.g. `42` or `1.5e3`.
  case number(String)
  case bool(Bool)
  case null

  public static func int(_ value: Int) -> JSONOutput { .number(String(value)) }

  public static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool {
    lhs.rendered() == rhs.rendered()
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

  /// Compact JSON on one line, or indented by two spaces when `pretty`.
  public func rendered(pretty: Bool = false) -> String {
    var output = ""
    write(to: &output, pretty: pretty, depth: 0)
    return output
  }

  private func write(to output: inout String, pretty: Bool, depth: Int) {
    switch self {
    case .object(let members):
      writeContainer(members, open: "{", close: "}", to: &output, pretty: pretty, depth: depth) {
        member, output in
        JSONOutput.writeQuoted(member.key, to: &output)
        output += pretty ? ": " : ":"
        member.value.write(to: &output, pretty: pretty, depth: depth + 1)
      }
    case .array(let elements):
      writeContainer(elements, open: "[", close: "]", to: &output, pretty: pretty, depth: depth) {
        element, output in
        element.write(to: &output, pretty: pretty, depth: depth + 1)
      }
    case .string(let text): JSONOutput.writeQuoted(text, to: &output)
    case .number(let literal): output += literal
    case .bool(let flag): output += flag ? "true" : "false"
    case .null: output += "null"
    }
  }

  private func writeContainer<Element>(
    _ elements: [Element], open: String, close: String, to output: inout String, pretty: Bool,
    depth: Int, writeElement: (Element, inout String) -> Void
  ) {
    output += open
    guard !elements.isEmpty else { return output += close }
    let indent = pretty ? "\n" + String(repeating: "  ", count: depth + 1) : ""
    for (position, element) in elements.enumerated() {
      if position > 0 { output += "," }
      output += indent
      writeElement(element, &output)
    }
    output += pretty ? "\n" + String(repeating: "  ", count: depth) + close : close
  }

  /// Writes a JSON string literal, escaping what RFC 8259 requires plus DEL and
  /// the C1 controls, so JSON output never carries raw control characters.
  public static func writeQuoted(_ text: String, to output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}":
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
