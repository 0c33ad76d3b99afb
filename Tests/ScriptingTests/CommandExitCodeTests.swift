import Foundation
import Testing

/// The built `kg` binary: exit codes and the one-line `kg: ...` messages.
@Suite struct CommandExitCodeTests {
  static var kg: String {
    let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return testBinary.deletingLastPathComponent().appendingPathComponent("kg").path
  }

  func run(_ arguments: [String], data: String = Fixture.path) throws -> (
    status: Int32, output: String, error: String
  ) {
    try ExportTests.run(Self.kg, arguments + ["--data", data], input: "")
  }

  @Test(arguments: [
    ["show", "acme"], ["show", "ACME"], ["show", "阿克米"], ["neighbors", "acme", "--depth", "2"],
    ["path", "beta", "gamma"], ["stats"], ["export", "--format", "dot"],
  ])
  func successExitsZero(arguments: [String]) throws {
    let result = try run(arguments)
    #expect(result.status == 0, "\(arguments): \(result.error)")
    #expect(!result.output.isEmpty)
    #expect(result.error.isEmpty)
  }

  @Test(arguments: [
    (["show", "nobody"], #"kg: no entity matches "nobody""#),
    (["show", "Twin"], #"kg: "Twin" is ambiguous: twin-a (Twin), twin-b (Twin); give an id"#),
    (["path", "loner", "acme"], "kg: no path from loner to acme within 6 hops"),
    (["path", "beta", "delta", "--max-hops", "1"], "kg: no path from beta to delta within 1 hops"),
    (["neighbors", "acmee"], #"kg: no entity matches "acmee"; did you mean acme (Acme Corp)?"#),
    (
      ["export", "--around", "Twin"],
      #"kg: "Twin" is ambiguous: twin-a (Twin), twin-b (Twin); give an id"#
    ),
  ])
  func nothingFoundExitsOneWithOneLine(arguments: [String], message: String) throws {
    let result = try run(arguments)
    #expect(result.status == 1)
    #expect(result.error == message + "\n")
    #expect(result.output.isEmpty)
  }

  @Test func ambiguityWithJSONListsCandidatesOnStdout() throws {
    let result = try run(["show", "twin", "--json"])
    #expect(result.status == 1)
    #expect(result.output.contains(#""error": "ambiguous""#))
    #expect(result.output.contains(#""id": "twin-b""#))
  }

  @Test func noPathWithJSONPrintsAnEmptyResult() throws {
    let result = try run(["path", "loner", "acme", "--json"])
    #expect(result.status == 1)
    #expect(result.output.contains(#""length": null"#))
  }

  @Test(arguments: [
    ["path", "beta", "gamma", "--via", "bogus_type"], ["neighbors", "acme", "--depth", "0"],
    ["neighbors", "acme", "--direction", "sideways"], ["export", "--format", "pdf"],
    ["path", "beta"],
  ])
  func usageAndDataErrorsExitTwo(arguments: [String]) throws {
    let result = try run(arguments)
    #expect(result.status == 2, "\(arguments) exited \(result.status)")
    #expect(result.error.hasPrefix("kg: ") || result.error.hasPrefix("Error: "))
  }

  @Test func missingDatasetExitsTwo() throws {
    let result = try run(["stats"], data: "/nonexistent/kg.json")
    #expect(result.status == 2)
    #expect(result.error.hasPrefix("kg: /nonexistent/kg.json"))
  }

  @Test func unknownRelationTypeSuggestsTheClosest() throws {
    let result = try run(["path", "beta", "gamma", "--via", "located_inn"])
    #expect(result.error == "kg: unknown relation type \"located_inn\"; did you mean located_in?\n")
  }

  @Test func pipedTextHasNoColourAndNoColorIsHonoured() throws {
    let result = try run(["show", "acme"])
    #expect(!result.output.contains("\u{1B}"))
  }
}
