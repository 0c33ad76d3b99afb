/// A dataset text for `SpeculativeLoadTests`, with switches for the cases
/// that must make the second core's read match, or give way to, the first's.
struct SpeculativeDataset {
  let entities: Int
  let relations: Int
  var lateTypesAndSources = false
  var usesLongIDs = false
  var quotesLookLikeRelations = false
  var relationsFirst = false
  var unknownEntityAt: Int?
  var syntaxErrorAt: Int?
  var escapedIDsFrom: Int?

  init(entities: Int, relations: Int) {
    self.entities = entities
    self.relations = relations
  }

  var text: String {
    let header = """
      {"kg": 1, "sources": {"article": {"title": "An article"}},
      "relationTypes": {"t0": {"label": "zero", "inverse": "zero of"}, "t1": {"label": "one", "symmetric": true}},

      """
    let arrays = [entityArray, relationArray]
    return header + (relationsFirst ? arrays.reversed() : arrays).joined(separator: ",\n") + "\n}\n"
  }

  private func id(_ number: Int) -> String {
    usesLongIDs && number % 3 == 0 ? "entity-with-a-long-id-\(number)" : "e\(number)"
  }

  private var entityArray: String {
    let lines = (0..<entities).map { number in
      "{\"id\": \"\(id(number))\", \"name\": \"Entity \(number) 实体\", \"type\": \"T\(number % 4)\"}"
    }
    return "\"entities\": [\n" + lines.joined(separator: ",\n") + "\n]"
  }

  private var relationArray: String {
    "\"relations\": [\n" + (0..<relations).map(relation).joined(separator: ",\n") + "\n]"
  }

  private func relation(_ number: Int) -> String {
    if number == syntaxErrorAt { return "{\"from\": \"e1\" \"type\": \"t0\", \"to\": \"e2\"}" }
    let from = id(number * 7 / 10 % entities)
    var to = number == unknownEntityAt ? "nowhere" : id((number * 31 + 7) % entities)
    if let escapedIDsFrom, number >= escapedIDsFrom { to = "\\u0065" + to.dropFirst() }
    var fields = ["\"from\": \"\(from)\"", "\"type\": \"\(type(number))\"", "\"to\": \"\(to)\""]
    if number % 5 == 0 { fields.append("\"source\": \"\(source(number))\"") }
    if number % 7 == 0 { fields.append("\"quote\": \"\(quote(number))\"") }
    if number % 11 == 0 {
      fields.append("\"attributes\": {\"weight\": \(number), \"tags\": [\"a\"]}")
    }
    return "{" + fields.joined(separator: ", ") + "}"
  }

  private func type(_ number: Int) -> String {
    lateTypesAndSources && number > relations * 3 / 4 && number % 2 == 0
      ? "late\(number % 3)" : "t\(number % 2)"
  }

  private func source(_ number: Int) -> String {
    lateTypesAndSources && number > relations * 3 / 4 ? "late source" : "article"
  }

  private func quote(_ number: Int) -> String {
    quotesLookLikeRelations
      ? "said \\\"so\\\" },{\\\"from\\\": \\\"e1\\\"}, {\\\"x\\\" ,{\\\"y\\\" \(number)"
      : "quote \(number) 引用"
  }
}
