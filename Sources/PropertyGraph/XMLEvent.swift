/// One step through an XML document, as `XMLScanner` reports it; comments,
/// processing instructions and the document type are skipped.
enum XMLEvent {
  /// An element starts; its attributes are the scanner's `attributes`. A
  /// self-closing element is reported as a start followed by an end.
  case start(XMLName)
  case end(XMLName)
  /// Character data, raw: it may hold references and carriage returns.
  case text(Range<Int>, needsDecoding: Bool)
  /// The content of a CDATA section, literal.
  case cdata(Range<Int>)
  case endOfInput
}
