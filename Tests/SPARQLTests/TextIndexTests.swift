import Foundation
import SPARQL
import Testing

@testable import SPARQL

/// Which text index an endpoint gets, and what each asks.
@Suite struct TextIndexTests {
  @Test(arguments: [
    ("https://query.wikidata.org/sparql", TextIndex.wikidata),
    ("https://dbpedia.org/sparql", .virtuoso),
    ("https://qlever.cs.uni-freiburg.de/api/wikidata", .qlever),
    ("http://127.0.0.1:7878/query", .portable),
  ])
  func detectedFromTheAddress(address: String, index: TextIndex) {
    #expect(TextIndex.detect(for: URL(string: address)!) == index)
  }

  @Test func wikidataAsksTheEntitySearchWithTheWholeText() {
    let query = PageQueries.indexed(
      "douglas \"adams\" }", word: "douglas", index: .wikidata, language: "en", limit: 50)
    #expect(query.contains("<http://wikiba.se/ontology#mwapi>"))
    #expect(query.contains(SPARQLText.literal("douglas \"adams\" }")))
    #expect(query.contains("\"EntitySearch\""))
  }

  @Test func virtuosoAsksBifContainsWithAPrefixForLongWords() {
    let long = PageQueries.indexed(
      "berlin", word: "Berl'in", index: .virtuoso, language: "en", limit: 5)
    #expect(long.contains("<bif:contains> " + SPARQLText.literal("\"Berlin*\"")))
    let short = PageQueries.indexed("ai", word: "ai", index: .virtuoso, language: "en", limit: 5)
    #expect(short.contains(SPARQLText.literal("\"ai\"")))
  }

  @Test func qleverAsksContainsWord() {
    let query = PageQueries.indexed("hub", word: "hub", index: .qlever, language: "en", limit: 5)
    #expect(query.contains("builtin-functions/contains-word> " + SPARQLText.literal("hub*")))
  }
}
