import Testing

/// The comparison the W3C evaluation tests rely on must be able to fail.
struct GraphIsomorphismTests {
  private let p = RecordedTerm.iri("http://example/p")

  private func statement(_ subject: RecordedTerm, _ object: RecordedTerm) -> RecordedStatement {
    RecordedStatement(subject: subject, predicate: p, object: object)
  }

  @Test func renamedBlankNodesMatch() {
    let first = [statement(.blank("a"), .blank("b")), statement(.blank("b"), .literal("x"))]
    let second = [statement(.blank("y"), .blank("z")), statement(.blank("z"), .literal("x"))]
    #expect(GraphIsomorphism.isomorphic(first, second))
  }

  @Test func differentShapesDoNotMatch() {
    let chain = [statement(.blank("a"), .blank("b")), statement(.blank("b"), .literal("x"))]
    let fork = [statement(.blank("a"), .blank("b")), statement(.blank("a"), .literal("x"))]
    #expect(!GraphIsomorphism.isomorphic(chain, fork))
  }

  @Test func differentLiteralsDoNotMatch() {
    let plain = [statement(.iri("http://example/s"), .literal("x"))]
    let tagged = [statement(.iri("http://example/s"), .literal("x", language: "en"))]
    #expect(!GraphIsomorphism.isomorphic(plain, tagged))
  }
}
