import FileInput
import JSONDataset
import KnowledgeGraph
import Testing

struct ValidatorTests {
  static let flawed = """
    {
      "kg": 1,
      "sources": { "article": {} },
      "entities": [
        { "id": "alibaba", "name": "Alibaba Group", "nam": "typo" },
        { "id": "alibaba", "name": "Alibaba again" },
        { "id": "ant", "name": 7 },
        { "id": "damo", "name": "DAMO" }
      ],
      "relations": [
        { "from": "damo", "type": "part_of", "to": "alibaba", "source": "artcle" },
        { "from": "damo", "type": "part_of", "to": "alibabba" },
        { "from": "damo", "type": "part_of", "to": "alibaba" },
        { "from": "damo", "type": "part_of", "to": "damo" }
      ]
    }
    """

  static func validate(_ text: String, strict: Bool = false) -> ValidationReport {
    DatasetValidator.validate(bytes: Array(text.utf8), name: "data.json", strict: strict)
  }

  @Test func reportsEveryErrorInFileOrder() {
    let report = Self.validate(Self.flawed)
    #expect(
      report.errors == [
        #"data.json:6:13: entity 1 has id "alibaba", which entity 0 already has"#,
        #"data.json:7:28: entity 2: "name" must be a string, found a number"#,
        #"data.json:12:48: relation 1 ("to": "alibabba") names an unknown entity; did you mean "alibaba"?"#,
      ])
    #expect(report.errorCount == 3)
  }

  @Test func reportsWarningsApartFromErrors() {
    let report = Self.validate(Self.flawed)
    #expect(
      report.warnings == [
        #"data.json:11:31: relation 0 uses relation type "part_of", which "relationTypes" does not declare; it reads "part of" and "inverse of part of""#,
        #"data.json:11:69: relation 0 names source "artcle", which "sources" does not declare; did you mean "article"?"#,
        #"data.json:13:5: relation 2 repeats relation 0; only relation 0 is kept"#,
        #"data.json:14:5: relation 3 links "damo" to itself"#,
      ])
    #expect(report.summary == "data.json: 3 errors, 4 warnings (2 entities, 2 relations)")
  }

  @Test func strictAlsoReportsUnknownFields() {
    let relaxed = Self.validate(Self.flawed)
    let strict = Self.validate(Self.flawed, strict: true)
    #expect(!relaxed.warnings.contains { $0.contains("unknown field") })
    #expect(
      strict.warnings.first
        == #"data.json:5:49: entity 0 has unknown field "nam"; did you mean "name"?"#)
    #expect(strict.warningCount == 5)
  }

  @Test func cleanDatasetHasNoProblems() {
    let report = Self.validate(
      #"{"kg": 1, "entities": [{"id": "a", "name": "A"}], "relations": []}"#)
    #expect(report.errors.isEmpty && report.warnings.isEmpty)
    #expect(report.summary == "data.json: 0 errors, 0 warnings (1 entity, 0 relations)")
  }

  @Test func capsTheListButCountsEverything() {
    let relations = (0..<150).map { #"{"from": "a", "type": "t", "to": "missing\#($0)"}"# }
    let report = Self.validate(
      #"{"kg": 1, "relationTypes": {"t": {}}, "entities": [{"id": "a", "name": "A"}], "relations": ["#
        + relations.joined(separator: ",") + "]}")
    #expect(report.errors.count == 100)
    #expect(report.errorCount == 150)
    #expect(report.unlistedErrorCount == 50)
  }

  @Test func syntaxErrorEndsTheReportAfterEarlierErrors() {
    let report = Self.validate(
      #"{"kg": 2, "entities": [{"id": "a", "name": "A"},], "relations": []}"#)
    #expect(
      report.errors == [
        #"data.json:1:8: unsupported format version "kg": 2; this kg reads version 1"#,
        "data.json:1:49: expected a value, found ']'",
      ])
  }

  @Test func missingRequiredFieldsAreAllReported() {
    let report = Self.validate(#"{"kg": 1, "entities": [], "relations": [{"type": "t"}]}"#)
    #expect(
      report.errors == [
        #"data.json:1:41: relation 0 is missing required field "from""#,
        #"data.json:1:41: relation 0 is missing required field "to""#,
      ])
  }
}
