import Foundation
import HTTPStub
import SPARQL
import Testing

/// `RequestCancellation` aborts a request in flight, from any thread.
struct CancellationTests {
  @Test func cancellingARequestInFlightAbortsIt() throws {
    let stub = try HTTPStub()
    let gate = StubGate()
    defer { gate.open() }
    stub.enqueue(.afterGate(gate, .resultsJSON(Answers.oneRow)))
    let client = try StubClient.make(stub)
    let cancellation = RequestCancellation()
    let outcome = Outcome()
    Thread {
      outcome.set(StubClient.error { try client.select("SELECT * {}", cancellation: cancellation) })
    }
    .start()
    #expect(stub.waitForRequests(1))
    cancellation.cancel()
    #expect(outcome.wait() == .cancelled)
    #expect(cancellation.isCancelled)
  }

  @Test func anEndlessAnswerIsCancelledToo() throws {
    let stub = try HTTPStub()
    stub.enqueue(
      .endless(
        status: 200, headers: [("Content-Type", "application/n-triples")], prefix: [],
        unit: Array("<http://e/s> <http://e/p> <http://e/o> .\n".utf8)))
    let client = try StubClient.make(stub) { $0.maximumResponseBytes = Int.max }
    let cancellation = RequestCancellation()
    let outcome = Outcome()
    Thread {
      outcome.set(
        StubClient.error { try client.construct("CONSTRUCT {} {}", cancellation: cancellation) })
    }
    .start()
    #expect(stub.waitForRequests(1))
    cancellation.cancel()
    #expect(outcome.wait() == .cancelled)
  }

  @Test func anAlreadyCancelledTokenSendsNothing() throws {
    let stub = try HTTPStub()
    let cancellation = RequestCancellation()
    cancellation.cancel()
    let error = StubClient.error {
      try StubClient.make(stub).select("SELECT * {}", cancellation: cancellation)
    }
    #expect(error?.description == "cancelled")
    #expect(stub.requests.isEmpty)
  }

  @Test func aTokenServesRequestsUntilCancelled() throws {
    let stub = try HTTPStub()
    stub.setFallback(.resultsJSON(Answers.oneRow))
    let client = try StubClient.make(stub)
    let cancellation = RequestCancellation()
    for _ in 0..<3 { _ = try client.select("SELECT * {}", cancellation: cancellation) }
    #expect(stub.requests.count == 3)
  }
}
