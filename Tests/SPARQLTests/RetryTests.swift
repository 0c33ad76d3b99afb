import Foundation
import HTTPStub
@testable import SPARQL
import Testing

/// 429 and 503 answers are retried as `Retry-After` asks, within a bounded total wait.
struct RetryTests {
  private static func busy(_ status: Int, retryAfter: String?) -> StubReply {
    .text(status, "slow down", headers: retryAfter.map { [("Retry-After", $0)] } ?? [])
  }

  @Test func retryAfterInSecondsIsHonoured() throws {
    let stub = try HTTPStub()
    stub.enqueue(
      Self.busy(429, retryAfter: "3"), Self.busy(503, retryAfter: "1"), .resultsJSON(Answers.oneRow)
    )
    let sleeper = RecordingSleeper()
    #expect(try StubClient.make(stub, sleeper: sleeper).select("SELECT * {}").rows.count == 1)
    #expect(sleeper.waits == [3, 2])
    #expect(stub.requests.count == 3)
  }

  @Test func retryAfterAsAnHTTPDateIsHonoured() throws {
    let stub = try HTTPStub()
    stub.enqueue(
      Self.busy(503, retryAfter: "Sun, 06 Nov 1994 08:49:42 GMT"), .resultsJSON(Answers.oneRow))
    let sleeper = RecordingSleeper()
    _ = try StubClient.make(stub, sleeper: sleeper).select("SELECT * {}")
    #expect(sleeper.waits == [5])
  }

  @Test func withoutRetryAfterTheBackoffDoubles() throws {
    let stub = try HTTPStub()
    stub.setFallback(Self.busy(503, retryAfter: nil))
    let sleeper = RecordingSleeper()
    let error = StubClient.error {
      try StubClient.make(stub, sleeper: sleeper).select("SELECT * {}")
    }
    #expect(sleeper.waits == [1, 2, 4])
    #expect(stub.requests.count == 4)
    #expect(error?.description == "HTTP 503 from 127.0.0.1:\(stub.port): slow down")
  }

  @Test func aWaitPastTheCapIsNotMade() throws {
    let stub = try HTTPStub()
    stub.enqueue(Self.busy(429, retryAfter: "20"), Self.busy(429, retryAfter: "20"))
    let sleeper = RecordingSleeper()
    let error = StubClient.error {
      try StubClient.make(stub, sleeper: sleeper).select("SELECT * {}")
    }
    #expect(sleeper.waits == [20])
    #expect(error == .httpStatus(host: "127.0.0.1:\(stub.port)", status: 429, detail: "slow down"))
  }

  @Test func otherErrorsAreNotRetried() throws {
    let stub = try HTTPStub()
    stub.enqueue(.text(500, "boom"), .resultsJSON(Answers.oneRow))
    let sleeper = RecordingSleeper()
    _ = StubClient.error { try StubClient.make(stub, sleeper: sleeper).select("SELECT * {}") }
    #expect(sleeper.waits.isEmpty)
    #expect(stub.requests.count == 1)
  }

  @Test func cancellingDuringTheWaitEndsItAtOnce() throws {
    let stub = try HTTPStub()
    stub.setFallback(Self.busy(429, retryAfter: "25"))
    let cancellation = RequestCancellation()
    let client = try StubClient.make(stub, sleeper: CancellableSleeper())
    let outcome = Outcome()
    let thread = Thread {
      outcome.set(StubClient.error { try client.select("SELECT * {}", cancellation: cancellation) })
    }
    thread.start()
    #expect(stub.waitForRequests(1))
    cancellation.cancel()
    #expect(outcome.wait() == .cancelled)
    #expect(stub.requests.count == 1)
  }

  @Test(arguments: [
    ("120", 120.0), (" 7 ", 7), ("Sun, 06 Nov 1994 08:49:47 GMT", 10),
    ("Sunday, 06-Nov-94 08:49:57 GMT", 20), ("Sun Nov  6 08:50:07 1994", 30),
    ("Sun, 06 Nov 1994 08:00:00 GMT", 0),
  ])
  func retryAfterForms(value: String, seconds: Double) {
    #expect(RetryPolicy.seconds(fromRetryAfter: value, now: StubClient.now) == seconds)
  }

  @Test(arguments: ["", "soon", "-5", "1.5", "12abc"])
  func unreadableRetryAfterIsIgnored(value: String) {
    #expect(RetryPolicy.seconds(fromRetryAfter: value, now: StubClient.now) == nil)
  }
}
