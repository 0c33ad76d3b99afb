/// A parsed term waiting for its statement to complete, when it becomes an ``RDFTerm``.
struct PendingTerm {
  var kind: RDFTermKind
  var value: TermSlice
  var datatype: TermSlice
  var language: TermSlice

  @inline(__always)
  init(
    _ kind: RDFTermKind, _ value: TermSlice, datatype: TermSlice = .empty,
    language: TermSlice = .empty
  ) {
    self.kind = kind
    self.value = value
    self.datatype = datatype
    self.language = language
  }

  @inline(__always)
  func term(_ arena: ByteArena) -> RDFTerm {
    RDFTerm(
      kind: kind, value: value.bytes(arena), datatype: datatype.bytes(arena),
      language: language.bytes(arena))
  }
}
