#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One line of an N-Triples answer, cut into its terms without parsing the
/// literal: enough to group an answer's lines by subject, and to find the
/// types a card names, at a few nanoseconds a line.
struct NTriplesLine {
  let bytes: ArraySlice<UInt8>
  /// The subject's text as written (`<…>` or `_:…`).
  let subject: ArraySlice<UInt8>

  init(_ bytes: ArraySlice<UInt8>) {
    self.bytes = bytes
    subject = Self.token(in: bytes, after: bytes.startIndex)
  }

  /// The lines of an N-Triples document that hold a triple.
  static func lines(of document: [UInt8]) -> [NTriplesLine] {
    document.split(separator: UInt8(ascii: "\n")).map(NTriplesLine.init).filter { !$0.isEmpty }
  }

  /// Orders by subject first, so that sorting groups each subject's lines.
  static func precedes(_ left: NTriplesLine, _ right: NTriplesLine) -> Bool {
    let bySubject = compare(left.subject, right.subject)
    return bySubject != 0 ? bySubject < 0 : compare(left.bytes, right.bytes) < 0
  }

  /// The lexicographic order of two byte strings, as `memcmp` gives it,
  /// where the generic comparison of slices goes a byte at a time through
  /// the collection protocol: sorting an answer compares millions of pairs.
  static func compare(_ left: ArraySlice<UInt8>, _ right: ArraySlice<UInt8>) -> Int {
    let common = min(left.count, right.count)
    let order = left.withUnsafeBufferPointer { l in
      right.withUnsafeBufferPointer { r in
        common == 0 ? 0 : Int(memcmp(l.baseAddress!, r.baseAddress!, common))
      }
    }
    return order != 0 ? order : left.count - right.count
  }

  /// The predicate's text as written (`<…>`).
  var predicate: ArraySlice<UInt8> { Self.token(in: bytes, after: subject.endIndex) }

  /// The object's first token: the whole object when it is an IRI or blank node.
  var objectToken: ArraySlice<UInt8> { Self.token(in: bytes, after: predicate.endIndex) }

  /// A line that holds no triple: empty, blank or a comment.
  var isEmpty: Bool {
    let first = bytes.first { !Self.isSpace($0) }
    return first == nil || first == UInt8(ascii: "#")
  }

  /// The IRI a `<…>` token names, with `\u` escapes decoded as the reader
  /// decodes them; nil for a blank node or a literal.
  static func iri(_ token: ArraySlice<UInt8>) -> String? {
    guard token.count >= 2, token.first == UInt8(ascii: "<"), token.last == UInt8(ascii: ">")
    else { return nil }
    let inner = token.dropFirst().dropLast()
    guard inner.contains(UInt8(ascii: "\\")) else { return String(decoding: inner, as: UTF8.self) }
    return decodingEscapes(String(decoding: inner, as: UTF8.self))
  }

  private static func token(in bytes: ArraySlice<UInt8>, after start: Int) -> ArraySlice<UInt8> {
    var from = start
    while from < bytes.endIndex, isSpace(bytes[from]) { from += 1 }
    var to = from
    while to < bytes.endIndex, !isSpace(bytes[to]) { to += 1 }
    return bytes[from..<to]
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
  }

  /// `\uXXXX` and `\UXXXXXXXX` as the characters they stand for.
  private static func decodingEscapes(_ text: String) -> String {
    var output = ""
    var rest = Substring(text)
    while let slash = rest.firstIndex(of: "\\") {
      output += rest[..<slash]
      let marker = rest[rest.index(after: slash)...].first
      let width = marker == "u" ? 4 : marker == "U" ? 8 : 0
      let digits = rest.dropFirst(rest.distance(from: rest.startIndex, to: slash) + 2).prefix(width)
      if width > 0, digits.count == width, let value = UInt32(digits, radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        output.unicodeScalars.append(scalar)
        rest = rest[digits.endIndex...]
      } else {
        output.append("\\")
        rest = rest[rest.index(after: slash)...]
      }
    }
    return output + rest
  }
}
