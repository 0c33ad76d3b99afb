#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import KnowledgeGraph
import FileInput

/// A streaming, byte-level reader of the XML that GraphML files use:
/// elements, attributes, character data, references, CDATA sections; it
/// skips comments, processing instructions and the document type, and does
/// not resolve namespaces (a prefix is kept apart, see `XMLName`).
///
/// It reports one event at a time straight from the file's bytes, with no
/// document tree and no allocation per element, and checks that every end
/// tag matches its start tag.
struct XMLScanner {
  let input: InputText
  private(set) var position = 0
  /// The attributes of the element of the last `.start` event.
  var attributes: ArraySlice<XMLAttribute> { attributeStorage[..<attributeCount] }
  /// Kept from element to element and overwritten, since emptying an array
  /// costs more than reading the small tags of GraphML.
  private var attributeStorage: [XMLAttribute] = []
  private var attributeCount = 0
  private var openElements: [XMLName] = []
  private var pendingEnd: XMLName?

  init(_ input: InputText) throws(LoadError) {
    self.input = input
    let bytes = input.bytes
    if bytes.count >= 2,
      (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      throw input.error(
        at: 0, "the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
    }
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
  }

  private var bytes: UnsafeBufferPointer<UInt8> { input.bytes }

  /// This scanner moved to `offset`, a place between two elements at the
  /// current depth, for reading a later part of the file on another thread.
  func continuing(at offset: Int) -> XMLScanner {
    var copy = self
    copy.position = offset
    copy.pendingEnd = nil
    copy.attributeCount = 0
    return copy
  }

  /// Moves to `offset`, where a scanner made by `continuing(at:)` stopped
  /// between two elements at the same depth as this one.
  mutating func resume(at offset: Int) { position = offset }

  mutating func next() throws(LoadError) -> XMLEvent {
    if let pending = pendingEnd {
      pendingEnd = nil
      return .end(pending)
    }
    while position < bytes.count {
      if bytes[position] != UInt8(ascii: "<") { return scanText() }
      if let event = try scanMarkup() { return event }
    }
    if let open = openElements.last {
      throw input.error(
        at: position, "end of file inside <\(input.string(open.qualified))>; expected its end tag")
    }
    return .endOfInput
  }

  private mutating func scanText() -> XMLEvent {
    let start = position
    let (end, needsDecoding) = textEnd(from: start)
    position = end
    return .text(start..<end, needsDecoding: needsDecoding)
  }

  /// The text of the element just started when it is one run of plain
  /// characters followed at once by the element's end tag, written `</name>`:
  /// both are consumed and the text comes back as a range. Anything else
  /// (an empty or self-closing element, references, carriage returns,
  /// markup, an end tag spelled otherwise) consumes nothing and gives nil,
  /// for `next()` to read. Most `<data>` of a large file are read this way.
  mutating func plainTextContent() -> Range<Int>? {
    guard pendingEnd == nil, let open = openElements.last else { return nil }
    let start = position
    let (end, needsDecoding) = textEnd(from: start)
    guard !needsDecoding, end > start, isEndTag(of: open.qualified, at: end) else { return nil }
    position = end + open.qualified.count + 3
    openElements.removeLast()
    return start..<end
  }

  /// The next element when it is written exactly `<data key="…">text</data>`
  /// with a key and a text that need no decoding and a text that is not
  /// empty, as most elements of a large GraphML file are: the element is
  /// consumed with the text before it, which `next()` would skip as an
  /// event the reader ignores, and comes back without events, names or
  /// attributes. Anything else consumes nothing and gives nil.
  mutating func plainData() -> PlainData? {
    guard pendingEnd == nil else { return nil }
    let start = textEnd(from: position).end
    guard Self.starts(bytes, at: start, with: "<data key=\"") else { return nil }
    let key = start + 11
    guard let keyEnd = plainValueEnd(from: key), byte(at: keyEnd + 1) == UInt8(ascii: ">") else {
      return nil
    }
    let (end, needsDecoding) = textEnd(from: keyEnd + 2)
    guard !needsDecoding, end > keyEnd + 2, Self.starts(bytes, at: end, with: "</data>") else {
      return nil
    }
    position = end + 7
    return PlainData(offset: start, key: key..<keyEnd, text: keyEnd + 2..<end)
  }

  /// Where the attribute value from `start` ends at a double quote, when it
  /// needs no decoding and holds no `<`; eight bytes at a time.
  private func plainValueEnd(from start: Int) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var index = start
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let quote = Self.bytesEqual(word, 0x22)
      let special =
        Self.bytesEqual(word, UInt8(ascii: "<")) | Self.bytesEqual(word, UInt8(ascii: "&"))
        | Self.bytesEqual(word, 0x09) | Self.bytesEqual(word, 0x0A) | Self.bytesEqual(word, 0x0D)
      let stop = (quote | special).trailingZeroBitCount
      if stop < 64 { return quote & (1 << UInt64(stop)) != 0 ? index + stop / 8 : nil }
      index += 8
    }
    while index < bytes.count, bytes[index] != 0x22 {
      if Self.isIn(Self.valueSpecials, bytes[index]) { return nil }
      index += 1
    }
    return index < bytes.count ? index : nil
  }

  /// True when the bytes at `offset` are `text`, of 4 to 16 bytes,
  /// compared as two words that may overlap.
  private static func starts(
    _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, with text: StaticString
  ) -> Bool {
    let count = text.utf8CodeUnitCount
    guard offset + count <= bytes.count, let base = bytes.baseAddress else { return false }
    let found = UnsafeRawPointer(base + offset)
    let wanted = UnsafeRawPointer(text.utf8Start)
    guard count >= 8 else {
      return found.loadUnaligned(as: UInt32.self) == wanted.loadUnaligned(as: UInt32.self)
        && found.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
          == wanted.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
    }
    return found.loadUnaligned(as: UInt64.self) == wanted.loadUnaligned(as: UInt64.self)
      && found.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        == wanted.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
  }

  /// True when `</name>` starts at `offset`, `name` being the bytes at `name`.
  private func isEndTag(of name: Range<Int>, at offset: Int) -> Bool {
    let length = name.count
    guard offset + length + 3 <= bytes.count, bytes[offset + 1] == UInt8(ascii: "/"),
      bytes[offset + length + 2] == UInt8(ascii: ">")
    else { return false }
    return Self.equal(bytes, name.lowerBound, offset + 2, count: length)
  }

  private static func equal(
    _ bytes: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int, count: Int
  ) -> Bool {
    for index in 0..<count where bytes[first + index] != bytes[second + index] { return false }
    return true
  }

  /// Where the text from `start` ends (the next `<`, or the end of the
  /// input), and whether it holds a `&` or a carriage return, which make it
  /// need decoding. The first eight bytes are looked at as one word, which
  /// settles the white space between tags; longer text (names,
  /// descriptions) is searched with `memchr`, which takes many bytes a step.
  private func textEnd(from start: Int) -> (end: Int, needsDecoding: Bool) {
    guard let base = bytes.baseAddress, start + 8 <= bytes.count else {
      return shortTextEnd(from: start)
    }
    let word = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
    let opening = Self.bytesEqual(word, UInt8(ascii: "<"))
    let special = Self.bytesEqual(word, UInt8(ascii: "&")) | Self.bytesEqual(word, 0x0D)
    if opening != 0 {
      let below = (UInt64(1) << UInt64(opening.trailingZeroBitCount & ~7)) &- 1
      return (start + opening.trailingZeroBitCount / 8, special & below != 0)
    }
    let end = Self.find(UInt8(ascii: "<"), in: base, start + 8..<bytes.count) ?? bytes.count
    let needsDecoding =
      special != 0 || Self.find(UInt8(ascii: "&"), in: base, start + 8..<end) != nil
      || Self.find(0x0D, in: base, start + 8..<end) != nil
    return (end, needsDecoding)
  }

  /// `textEnd` for the last few bytes of the input, one at a time.
  private func shortTextEnd(from start: Int) -> (end: Int, needsDecoding: Bool) {
    var index = start
    var needsDecoding = false
    while index < bytes.count, bytes[index] != UInt8(ascii: "<") {
      needsDecoding = needsDecoding || bytes[index] == UInt8(ascii: "&") || bytes[index] == 0x0D
      index += 1
    }
    return (index, needsDecoding)
  }

  /// The offset of the first `byte` in `range` of the input, if any.
  private static func find(_ byte: UInt8, in base: UnsafePointer<UInt8>, _ range: Range<Int>)
    -> Int?
  {
    guard !range.isEmpty,
      let found = memchr(base + range.lowerBound, Int32(byte), range.count)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  /// The high bit of each byte of `word` that equals `byte`. Only the
  /// lowest set bit is sure: a byte above a match may be flagged too. That
  /// is all `textEnd` relies on.
  private static func bytesEqual(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
    return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080
  }

  /// The event of the markup at `position`, or nil for markup that is skipped.
  private mutating func scanMarkup() throws(LoadError) -> XMLEvent? {
    switch byte(at: position + 1) {
    case UInt8(ascii: "/"): return try scanEndTag()
    case UInt8(ascii: "?"):
      try skip(past: "?>", opener: 2, what: "processing instruction")
      return nil
    case UInt8(ascii: "!"): return try scanDeclaration()
    default: return try scanStartTag()
    }
  }

  private mutating func scanDeclaration() throws(LoadError) -> XMLEvent? {
    if startsWith("<!--") {
      try skip(past: "-->", opener: 4, what: "comment")
      return nil
    }
    if startsWith("<![CDATA[") {
      let start = position + 9
      try skip(past: "]]>", opener: 9, what: "CDATA section")
      return .cdata(start..<position - 3)
    }
    if startsWith("<!DOCTYPE") {
      try skipDocumentType()
      return nil
    }
    throw input.error(at: position, "expected a comment, CDATA section or DOCTYPE after '<!'")
  }

  private mutating func skipDocumentType() throws(LoadError) {
    let start = position
    var inSubset = false
    while position < bytes.count {
      switch bytes[position] {
      case UInt8(ascii: "["): inSubset = true
      case UInt8(ascii: "]"): inSubset = false
      case UInt8(ascii: ">") where !inSubset:
        position += 1
        return
      default: break
      }
      position += 1
    }
    throw input.error(at: start, "DOCTYPE is not terminated before end of file")
  }

  private mutating func scanStartTag() throws(LoadError) -> XMLEvent {
    let start = position
    position += 1
    let name = try scanName(startingAt: start)
    attributeCount = 0
    while true {
      skipSpace()
      switch byte(at: position) {
      case UInt8(ascii: ">"):
        position += 1
        openElements.append(name)
        return .start(name)
      case UInt8(ascii: "/"):
        guard byte(at: position + 1) == UInt8(ascii: ">") else {
          throw unexpected(in: name, expected: "'>' after '/'")
        }
        position += 2
        pendingEnd = name
        return .start(name)
      case nil: throw endOfFile(in: name)
      default: keep(try scanAttribute(of: name))
      }
    }
  }

  private mutating func keep(_ attribute: XMLAttribute) {
    if attributeCount < attributeStorage.count {
      attributeStorage[attributeCount] = attribute
    } else {
      attributeStorage.append(attribute)
    }
    attributeCount += 1
  }

  private mutating func scanAttribute(of element: XMLName) throws(LoadError) -> XMLAttribute {
    let name = try scanName(startingAt: position)
    skipSpace()
    guard byte(at: position) == UInt8(ascii: "=") else {
      throw unexpected(in: element, expected: "'=' after attribute \(attributeName(name))")
    }
    position += 1
    skipSpace()
    guard let quote = byte(at: position), quote == 0x22 || quote == 0x27 else {
      throw unexpected(in: element, expected: "a quoted value for attribute \(attributeName(name))")
    }
    position += 1
    let start = position
    let needsDecoding = try scanValue(closedBy: quote, of: name)
    guard position < bytes.count else { throw endOfFile(in: element) }
    position += 1
    return XMLAttribute(name: name, value: start..<position - 1, needsDecoding: needsDecoding)
  }

  /// Moves to the quote that closes an attribute's value; true when the
  /// value holds a reference, tab or line break, which decoding changes.
  private mutating func scanValue(closedBy quote: UInt8, of name: XMLName) throws(LoadError)
    -> Bool
  {
    let bytes = self.bytes
    var index = position
    var needsDecoding = false
    while index < bytes.count, bytes[index] != quote {
      let byte = bytes[index]
      if Self.isIn(Self.valueSpecials, byte) {
        guard byte != UInt8(ascii: "<") else {
          throw input.error(at: index, "'<' in the value of attribute \(attributeName(name))")
        }
        needsDecoding = true
      }
      index += 1
    }
    position = index
    return needsDecoding
  }

  private mutating func scanEndTag() throws(LoadError) -> XMLEvent {
    let start = position
    position += 2
    let name = try scanName(startingAt: start)
    skipSpace()
    guard byte(at: position) == UInt8(ascii: ">") else {
      throw unexpected(in: name, expected: "'>' to close the end tag")
    }
    position += 1
    guard let open = openElements.popLast() else {
      throw input.error(at: start, "end tag </\(shown(name.qualified))> closes no element")
    }
    guard open.qualified.count == name.qualified.count,
      Self.equal(
        bytes, open.qualified.lowerBound, name.qualified.lowerBound, count: name.qualified.count)
    else {
      let (line, _) = input.position(of: open.offset)
      throw input.error(
        at: start,
        "expected </\(shown(open.qualified))> (opened on line \(line)), found </\(shown(name.qualified))>"
      )
    }
    return .end(name)
  }

  /// A name from the file as a message may show it: escaped, so a name
  /// holding control characters cannot drive the terminal.
  private func shown(_ name: Range<Int>) -> String {
    TerminalSafeText.singleLine(input.string(name))
  }

  private mutating func scanName(startingAt markup: Int) throws(LoadError) -> XMLName {
    let bytes = self.bytes
    let start = position
    var index = start
    var localStart = start
    while index < bytes.count, !Self.isIn(Self.nameEnds, bytes[index]) {
      if bytes[index] == UInt8(ascii: ":") { localStart = index + 1 }
      index += 1
    }
    position = index
    guard index > start else {
      let found =
        byte(at: index).map { "'\(TerminalSafeText.singleLine(String(Unicode.Scalar($0))))'" }
        ?? "end of file"
      throw input.error(at: index, "expected a name, found \(found)")
    }
    return XMLName(qualified: start..<index, local: localStart..<index, offset: markup)
  }

  /// Bytes below 64 as a set: bit `b` stands for byte `b`.
  private static func isIn(_ set: UInt64, _ byte: UInt8) -> Bool {
    byte < 64 && set & (1 << UInt64(byte)) != 0
  }

  /// White space, `/`, `>`, `=`, `<` and the quotes end a name.
  private static var nameEnds: UInt64 {
    spaces | 1 << 0x2F | 1 << 0x3E | 1 << 0x3D | 1 << 0x3C | 1 << 0x22 | 1 << 0x27
  }

  /// In an attribute's value: `<` is an error, and references, tabs and
  /// line breaks need decoding.
  private static var valueSpecials: UInt64 {
    1 << 0x3C | 1 << 0x26 | 1 << 0x09 | 1 << 0x0A | 1 << 0x0D
  }

  private static var spaces: UInt64 { 1 << 0x20 | 1 << 0x09 | 1 << 0x0A | 1 << 0x0D }

  private mutating func skipSpace() {
    let bytes = self.bytes
    var index = position
    while index < bytes.count, Self.isIn(Self.spaces, bytes[index]) { index += 1 }
    position = index
  }

  /// Moves past `terminator`, searching from after the markup's opening
  /// (`<?`, `<!--` or `<![CDATA[`), which is `opener` bytes long.
  private mutating func skip(past terminator: StaticString, opener: Int, what: String)
    throws(LoadError)
  {
    let start = position
    let count = terminator.utf8CodeUnitCount
    let last = terminator.utf8Start[count - 1]
    position += opener + count - 1
    while position < bytes.count {
      if bytes[position] == last, matches(terminator, endingAt: position) {
        position += 1
        return
      }
      position += 1
    }
    throw input.error(at: start, "\(what) is not terminated before end of file")
  }

  private func matches(_ text: StaticString, endingAt end: Int) -> Bool {
    let count = text.utf8CodeUnitCount
    return (0..<count).allSatisfy { bytes[end - count + 1 + $0] == text.utf8Start[$0] }
  }

  private func startsWith(_ text: StaticString) -> Bool {
    let count = text.utf8CodeUnitCount
    return position + count <= bytes.count && matches(text, endingAt: position + count - 1)
  }

  private func byte(at offset: Int) -> UInt8? {
    offset < bytes.count ? bytes[offset] : nil
  }

  private func attributeName(_ name: XMLName) -> String {
    QuotedText.quoted(input.slice(name.qualified))
  }

  private func unexpected(in element: XMLName, expected: String) -> LoadError {
    guard let found = byte(at: position) else { return endOfFile(in: element) }
    let shown =
      found < 0x80
      ? TerminalSafeText.singleLine(String(Unicode.Scalar(found))) : "a non-ASCII character"
    return input.error(at: position, "expected \(expected), found '\(shown)'")
  }

  private func endOfFile(in element: XMLName) -> LoadError {
    input.error(
      at: element.offset,
      "the tag <\(input.string(element.qualified)) is not terminated before end of file")
  }
}
