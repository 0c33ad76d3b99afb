import KnowledgeGraph
import RDF
import Testing

/// Text that could break the syntax or a terminal comes out valid, safe and intact.
@Suite struct HostileTextExportTests {
  static let rdfsLabel = ParsedTerm.iri("http://www.w3.org/2000/01/rdf-schema#label")

  @Test(arguments: [HostileGraphs.plain(), HostileGraphs.withIRIs()])
  func exportsAreValidAndAgree(graph: Graph) throws {
    #expect(try Exports.checkedTriples(graph).count > 100)
  }

  @Test(arguments: [HostileGraphs.plain(), HostileGraphs.withIRIs()])
  func everyEntityGetsItsOwnSubjectAndItsNameBack(graph: Graph) throws {
    let labels = try Exports.checkedTriples(graph).filter {
      $0.predicate == Self.rdfsLabel && !$0.subject.description.contains("/type/")
        && !$0.subject.description.contains("/relation/")
        && !$0.subject.description.contains("/inverse/")
    }
    #expect(labels.count == graph.entityCount)
    #expect(Set(labels.map(\.subject)).count == graph.entityCount)
    let names: [ParsedTerm] = graph.entityIndices.map {
      .literal(graph.name(of: $0), language: nil, datatype: nil)
    }
    #expect(labels.map(\.object) == names)
  }

  @Test func quotesTitlesAndAttributeValuesReadBackExactly() throws {
    let graph = HostileGraphs.plain()
    let triples = try Exports.checkedTriples(graph)
    let quotes = triples.filter { $0.predicate == .iri("https://kg.invalid/vocab/quote") }
    let nonEmpty = HostileGraphs.texts.filter { !$0.isEmpty }
    #expect(quotes.map(\.object) == nonEmpty.map { .literal($0, language: nil, datatype: nil) })
    #expect(
      triples.contains { $0.object == .literal(graph.metadata.title, language: nil, datatype: nil) }
    )
  }

  @Test func mintedIRIsPercentEncodeAllButUnreservedCharacters() throws {
    let text = Exports.nTriples(HostileGraphs.plain())
    #expect(
      text.contains(
        "<https://kg.invalid/entity/id%205%20space%20%3E%20%3C%20%7B%20%7D%20%7C%20%5E%20%60%20%5C%20%22%20in%20it>"
      ))
    #expect(text.contains("<https://kg.invalid/entity/id%204%20emoji%20😀👩‍👩‍👧%20CJK%20合肥%20語音>"))
    #expect(
      text.contains(
        "<https://kg.invalid/entity/id%203%20rlo%20%E2%80%AEdesrever%E2%80%AC%20lrm%20%E2%80%8E%20isolate%20%E2%81%A6x%E2%81%A9>"
      ))
    #expect(text.contains("<https://kg.invalid/entity/id%206%20percent%20%2541%20%25zz>"))
    #expect(text.contains("<https://kg.invalid/entity/id%202%20del%20%7F%20c1%20%C2%85%C2%9B>"))
  }

  @Test func literalsEscapeEveryControlAndBidiCharacter() {
    let text = Exports.nTriples(HostileGraphs.plain())
    #expect(text.contains(#" "quote \" backslash \\ newline \n return \r tab \t" ."#))
    #expect(
      text.contains(#""\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E"#))
    #expect(text.contains(#""del \u007F c1 \u0085\u009B""#))
    #expect(text.contains(#""rlo \u202Edesrever\u202C lrm \u200E isolate \u2066x\u2069""#))
  }

  @Test func fullIRIsKeepTheirIdentityWhereTheGrammarAllows() throws {
    let text = Exports.nTriples(HostileGraphs.withIRIs())
    let odd = "http://odd.example/a%20b%3E%22%7B%7D%7C%5E%60%5C%01\\u202E/"
    #expect(
      text.contains(
        "<\(odd)rlo%20\\u202Edesrever\\u202C%20lrm%20\\u200E%20isolate%20\\u2066x\\u2069>"))
    #expect(
      text.contains(
        "_:kgb5f3a6c6f6f6b7320626c616e6b <http://www.w3.org/2000/01/rdf-schema#label> \"_:_:looks blank\" .\n"
      ))
    let turtle = Exports.turtle(HostileGraphs.withIRIs())
    #expect(turtle.contains("@prefix odd: <\(odd)> .\n"))
    #expect(turtle.contains("\nex:kg-reserved rdfs:label \"ex:kg-reserved\" ;\n"))
  }
}
