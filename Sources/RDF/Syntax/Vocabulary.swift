/// The IRIs the readers produce on their own (Turtle's `a`, collections, typed number and
/// boolean literals). They are string literals in the binary's read-only data, so terms can
/// point at them and the hot loops touch no lazily initialized global.
enum Vocabulary {
  static var rdfType: TermSlice { slice("http://www.w3.org/1999/02/22-rdf-syntax-ns#type") }
  static var rdfFirst: TermSlice { slice("http://www.w3.org/1999/02/22-rdf-syntax-ns#first") }
  static var rdfRest: TermSlice { slice("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest") }
  static var rdfNil: TermSlice { slice("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil") }
  static var xsdString: TermSlice { slice("http://www.w3.org/2001/XMLSchema#string") }
  static var xsdInteger: TermSlice { slice("http://www.w3.org/2001/XMLSchema#integer") }
  static var xsdDecimal: TermSlice { slice("http://www.w3.org/2001/XMLSchema#decimal") }
  static var xsdDouble: TermSlice { slice("http://www.w3.org/2001/XMLSchema#double") }
  static var xsdBoolean: TermSlice { slice("http://www.w3.org/2001/XMLSchema#boolean") }

  @inline(__always)
  private static func slice(_ text: StaticString) -> TermSlice {
    TermSlice(input: text.utf8Start, count: text.utf8CodeUnitCount)
  }

  /// Whether a datatype is `xsd:string`, which a reader reports as no datatype so that
  /// `"x"` and `"x"^^xsd:string`, the same RDF term, look the same to a sink.
  @inline(__always)
  static func isXSDString(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    let xsdString = xsdString
    guard count == Int(xsdString.count) && start[count - 1] == 0x67 else { return false }
    let expected = xsdString.pointer!
    for index in 0..<count where start[index] != expected[index] { return false }
    return true
  }
}
