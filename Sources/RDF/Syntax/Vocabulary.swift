/// The IRIs the readers produce on their own (Turtle's `a`, collections, typed number and
/// boolean literals), stored once for the life of the process so terms can point at them.
enum Vocabulary {
  nonisolated(unsafe) static let rdfType = make("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
  nonisolated(unsafe) static let rdfFirst = make("http://www.w3.org/1999/02/22-rdf-syntax-ns#first")
  nonisolated(unsafe) static let rdfRest = make("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest")
  nonisolated(unsafe) static let rdfNil = make("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil")
  nonisolated(unsafe) static let xsdString = make("http://www.w3.org/2001/XMLSchema#string")
  nonisolated(unsafe) static let xsdInteger = make("http://www.w3.org/2001/XMLSchema#integer")
  nonisolated(unsafe) static let xsdDecimal = make("http://www.w3.org/2001/XMLSchema#decimal")
  nonisolated(unsafe) static let xsdDouble = make("http://www.w3.org/2001/XMLSchema#double")
  nonisolated(unsafe) static let xsdBoolean = make("http://www.w3.org/2001/XMLSchema#boolean")

  private static func make(_ text: String) -> TermSlice {
    let bytes = Array(text.utf8)
    let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
    storage.initialize(from: bytes, count: bytes.count)
    return TermSlice(input: storage, count: bytes.count)
  }

  /// Whether a datatype is `xsd:string`, which a reader reports as no datatype so that
  /// `"x"` and `"x"^^xsd:string`, the same RDF term, look the same to a sink.
  @inline(__always)
  static func isXSDString(_ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    count == xsdString.count && start[count - 1] == 0x67
      && memoryEqual(start, xsdString.pointer!, count)
  }

  private static func memoryEqual(
    _ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int
  )
    -> Bool
  {
    for index in 0..<count where a[index] != b[index] { return false }
    return true
  }
}
