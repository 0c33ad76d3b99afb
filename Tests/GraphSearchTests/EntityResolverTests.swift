import GraphFixtures
import GraphSearch
import KnowledgeGraph
import Testing

@Suite struct EntityResolverTests {
  /// acme ← beta (subsidiary), acme → delta (located), epsilon — beta (partner), loner alone.
  let graph = SmallGraph.make()

  @Test func resolverPrefersIdsThenExactNamesThenWordPrefixes() {
    let resolver = EntityResolver(graph: graph)
    #expect(resolver.resolve("acme") == .found(EntityIndex(0)))
    #expect(resolver.resolve("阿克米") == .found(EntityIndex(0)))
    #expect(resolver.resolve("acme corp") == .found(EntityIndex(0)))
    #expect(resolver.resolve("Epsilon") == .found(EntityIndex(3)))
    #expect(resolver.resolve("univ") == .found(EntityIndex(3)))
    #expect(resolver.resolve("twin") == .ambiguous([EntityIndex(5), EntityIndex(6)]))
    #expect(resolver.resolve("beta labs") == .ambiguous([EntityIndex(1), EntityIndex(6)]))
    #expect(resolver.resolve("lonr") == .notFound(suggestions: [EntityIndex(4)]))
  }
}
