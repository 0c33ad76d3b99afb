import Foundation
import HTTPStub
@testable import SPARQL
import Testing

/// Credentials come from `~/.netrc` or the environment and are never shown.
struct CredentialsTests {
  private func configuration(netrc: String, environment: [String: String] = [:]) throws
    -> EndpointConfiguration
  {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-netrc-\(UUID().uuidString)").path
    try netrc.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try EndpointConfiguration(
      url: URL(string: "https://Query.Example.org:8443/sparql")!, environment: environment,
      netrcPath: path)
  }

  @Test func theEntryForTheHostIsUsed() throws {
    let netrc = """
      machine other.org login bob password nope
      machine query.example.org
        login ann
        password "two words \\" quoted"
      default login anonymous password guest
      """
    #expect(
      try configuration(netrc: netrc).credentials
        == EndpointCredentials(user: "ann", password: "two words \" quoted"))
  }

  @Test func defaultServesAnyOtherHost() throws {
    let netrc =
      "machine other.org login bob password nope\ndefault login anonymous password guest\n"
    #expect(
      try configuration(netrc: netrc).credentials
        == EndpointCredentials(user: "anonymous", password: "guest"))
  }

  @Test func aMacroIsSkipped() throws {
    let netrc =
      "macdef init\nmachine query.example.org login mallory password x\n\nmachine query.example.org login ann password pw\n"
    #expect(try configuration(netrc: netrc).credentials?.user == "ann")
  }

  @Test func anEntryWithoutAPasswordGivesNone() throws {
    #expect(try configuration(netrc: "machine query.example.org login ann\n").credentials == nil)
  }

  @Test func theEnvironmentComesFirst() throws {
    let configuration = try configuration(
      netrc: "machine query.example.org login ann password pw\n",
      environment: ["KG_SPARQL_USER": "env", "KG_SPARQL_PASSWORD": "envpw"])
    #expect(configuration.credentials == EndpointCredentials(user: "env", password: "envpw"))
  }

  @Test func aMissingNetrcGivesNone() throws {
    let configuration = try EndpointConfiguration(
      url: URL(string: "https://example.org/sparql")!, environment: [:], netrcPath: "/nonexistent")
    #expect(configuration.credentials == nil)
  }

  @Test func thePasswordIsNeverPrinted() {
    let credentials = EndpointCredentials(user: "ann", password: "hunter2")
    var dumped = ""
    dump(credentials, to: &dumped)
    for text in ["\(credentials)", String(reflecting: credentials), dumped] {
      #expect(!text.contains("hunter2"))
    }
  }

  @Test func errorsNameTheHostOnly() throws {
    let stub = try HTTPStub()
    stub.enqueue(.text(401, "unauthorized"))
    let configuration = try StubClient.configuration(
      stub, environment: ["KG_SPARQL_USER": "ann", "KG_SPARQL_PASSWORD": "hunter2"])
    let error = StubClient.error {
      try SPARQLClient(configuration: configuration).select("SELECT * {}")
    }
    #expect(error?.description == "HTTP 401 from 127.0.0.1:\(stub.port): unauthorized")
  }

  @Test func theHostLabelKeepsThePortAndBracketsIPv6() throws {
    let configuration = try EndpointConfiguration(
      url: URL(string: "http://[::1]:7878/query")!, environment: [:], netrcPath: "/nonexistent")
    #expect(configuration.hostLabel == "[::1]:7878")
  }
}
