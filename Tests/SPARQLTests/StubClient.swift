import Foundation
import HTTPStub
import SPARQL
import Testing

/// Clients pointed at an `HTTPStub`, with no credentials from the machine
/// running the tests and a fixed clock.
enum StubClient {
  /// The clock the clients read: Sun, 06 Nov 1994 08:49:37 GMT.
  static let now = Date(timeIntervalSince1970: 784_111_777)

  static func configuration(
    _ stub: HTTPStub, environment: [String: String] = [:],
    _ adjust: (inout EndpointConfiguration) -> Void = { _ in }
  ) throws -> EndpointConfiguration {
    var configuration = try EndpointConfiguration(
      url: stub.endpoint, environment: environment, netrcPath: "/nonexistent/netrc")
    adjust(&configuration)
    return configuration
  }

  static func make(
    _ stub: HTTPStub, sleeper: any RetrySleeper = RecordingSleeper(),
    _ adjust: (inout EndpointConfiguration) -> Void = { _ in }
  ) throws -> SPARQLClient {
    SPARQLClient(
      configuration: try configuration(stub, adjust), sleeper: sleeper, now: { now })
  }

  /// The error a call throws, or nil when it succeeds.
  static func error<T>(_ call: () throws -> T) -> SPARQLError? {
    do {
      _ = try call()
      return nil
    } catch let error as SPARQLError {
      return error
    } catch {
      Issue.record("not a SPARQLError: \(error)")
      return nil
    }
  }
}
