import KnowledgeGraph
import FileInput

/// Moving through elements, and reading attributes and `<data>` text.
extension GraphMLReader {
  /// The next start or end of an element, past any text between them.
  mutating func nextElementEvent() throws(LoadError) -> XMLEvent {
    while true {
      switch try scanner.next() {
      case .text, .cdata: continue
      case let event: return event
      }
    }
  }

  /// Consumes the element whose start was just read, with all it holds.
  mutating func skipElement() throws(LoadError) {
    var level = 1
    while level > 0 {
      switch try scanner.next() {
      case .start: level += 1
      case .end: level -= 1
      default: continue
      }
    }
  }

  func isNamed(_ name: XMLName, _ text: StaticString) -> Bool {
    Self.equal(scanner.input.slice(name.local), text)
  }

  /// Names are short: a loop beats a call to `memcmp`, and the generic
  /// `elementsEqual` is slower still.
  static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
    guard bytes.count == text.utf8CodeUnitCount else { return false }
    let start = text.utf8Start
    for index in 0..<bytes.count where bytes[index] != start[index] { return false }
    return true
  }

  /// The element's name as messages show it: terminal-safe.
  func qualified(_ name: XMLName) -> String {
    TerminalSafeText.singleLine(scanner.input.string(name.qualified))
  }

  func isSpace(_ range: Range<Int>) -> Bool {
    firstNonSpace(in: range) == range.upperBound
  }

  func firstNonSpace(in range: Range<Int>) -> Int {
    range.first { !Self.isSpace(scanner.input.bytes[$0]) } ?? range.upperBound
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  func error(at offset: Int, _ message: String) -> LoadError {
    scanner.input.error(at: offset, message)
  }

  /// The unprefixed attribute `name` of the element just started.
  func attribute(_ name: StaticString) -> XMLAttribute? {
    scanner.attributes.first { !$0.name.hasPrefix && isNamed($0.name, name) }
  }

  /// The decoded value of an attribute.
  mutating func value(of attribute: XMLAttribute) throws(LoadError) -> String {
    string(try attributeText(attribute))
  }

  /// An attribute's value: a range of the input when it needs no decoding.
  mutating func attributeText(_ attribute: XMLAttribute) throws(LoadError) -> DataText {
    attribute.needsDecoding ? .decoded(try decoded(attribute)) : .slice(attribute.value)
  }

  mutating func decoded(_ attribute: XMLAttribute) throws(LoadError) -> [UInt8] {
    var bytes: [UInt8] = []
    try XMLText.decode(attribute.value, of: scanner.input, isAttribute: true, into: &bytes)
    return bytes
  }

  /// The decoded value of an optional attribute.
  mutating func optional(_ name: StaticString) throws(LoadError) -> String? {
    guard let found = attribute(name) else { return nil }
    return try value(of: found)
  }

  /// The value of a required attribute of `element`.
  mutating func required(_ name: StaticString, of element: XMLName) throws(LoadError) -> String {
    string(try requiredText(name, of: element))
  }

  mutating func requiredText(_ name: StaticString, of element: XMLName) throws(LoadError)
    -> DataText
  {
    guard let found = attribute(name) else {
      throw error(at: element.offset, "<\(qualified(element))> is missing attribute \"\(name)\"")
    }
    return try attributeText(found)
  }

  /// Reads a `<data>` (or `<default>`) element's text up to its end tag.
  /// Returns nil when it holds elements and no text: yEd's and Gephi's
  /// graphics, which are skipped.
  mutating func readText() throws(LoadError) -> String? {
    try readContent().map(string)
  }

  /// Like `readText`, but a single run of plain text comes back as a range.
  mutating func readContent() throws(LoadError) -> DataText? {
    if let plain = scanner.plainTextContent() { return .slice(plain) }
    text.removeAll(keepingCapacity: true)
    var single: Range<Int>?
    var parts = 0
    var holdsElements = false
    while true {
      switch try scanner.next() {
      case .text(let range, let needsDecoding) where !needsDecoding && parts == 0:
        single = range
        parts = 1
      case .text(let range, let needsDecoding):
        try appendSingle(&single)
        try appendText(range, needsDecoding: needsDecoding)
        parts += 1
      case .cdata(let range):
        try appendSingle(&single)
        text.append(contentsOf: scanner.input.slice(range))
        parts += 1
      case .start:
        holdsElements = true
        try skipElement()
      default:
        return content(single: single, holdsElements: holdsElements)
      }
    }
  }

  private mutating func appendSingle(_ single: inout Range<Int>?) throws(LoadError) {
    guard let range = single else { return }
    text.append(contentsOf: scanner.input.slice(range))
    single = nil
  }

  private func content(single: Range<Int>?, holdsElements: Bool) -> DataText? {
    if holdsElements,
      single.map(isSpace) ?? text.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A })
    {
      return nil
    }
    if let single { return .slice(single) }
    return .decoded(text)
  }

  func string(_ content: DataText) -> String {
    content.withBytes(in: scanner.input) { String(decoding: $0, as: UTF8.self) }
  }

  private mutating func appendText(_ range: Range<Int>, needsDecoding: Bool) throws(LoadError) {
    if needsDecoding {
      try XMLText.decode(range, of: scanner.input, isAttribute: false, into: &text)
    } else {
      text.append(contentsOf: scanner.input.slice(range))
    }
  }

  /// Reads a `<data>` element that `domain` may hold: its key's number and text.
  mutating func readData(_ element: XMLName, in domain: GraphMLDomain) throws(LoadError) -> (
    key: Int, content: DataText?
  ) {
    guard let key = attribute("key") else {
      throw error(at: element.offset, "<\(qualified(element))> is missing attribute \"key\"")
    }
    let number =
      key.needsDecoding
      ? schema.number(ofKey: try value(of: key))
      : schema.number(ofKey: scanner.input.slice(key.value))
    return (
      try checked(number, key: try attributeText(key), in: domain, at: element.offset),
      try readContent()
    )
  }

  /// The key's number of a `<data>` read by `XMLScanner.plainData()`.
  func keyNumber(of data: PlainData, in domain: GraphMLDomain) throws(LoadError) -> Int {
    let number = schema.number(ofKey: scanner.input.slice(data.key))
    return try checked(number, key: .slice(data.key), in: domain, at: data.offset)
  }

  /// The number of a key that `domain` may use, else the message that no
  /// key `key` is declared for it.
  private func checked(
    _ number: Int?, key: DataText, in domain: GraphMLDomain, at offset: Int
  ) throws(LoadError) -> Int {
    guard let number, schema.keys[number].domain.includes(domain) else {
      throw error(
        at: offset,
        "<data> names key \(QuotedText.quoted(string(key))), which no <key> declares for \(domain)s"
      )
    }
    return number
  }

  /// The message for hyperedges, nested graphs and ports: `what` names
  /// the feature and where it was found.
  func unsupported(_ element: XMLName, _ what: String) -> LoadError {
    error(at: element.offset, "\(what) are not supported; kg reads one graph of nodes and edges")
  }
}
