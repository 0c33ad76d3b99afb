/// What the stub does with one request: the faults an endpoint can show.
public indirect enum StubReply: Sendable {
  /// A complete answer; `Content-Length` is added unless given.
  case respond(status: Int, headers: [(String, String)], body: [UInt8])
  /// Announces the whole body's length, sends only `sentBytes` of it, then closes.
  case truncated(status: Int, headers: [(String, String)], body: [UInt8], sentBytes: Int)
  /// Sends `prefix`, then `unit` over and over until the client goes away.
  case endless(status: Int, headers: [(String, String)], prefix: [UInt8], unit: [UInt8])
  /// Closes the connection without a byte of answer.
  case closeAtOnce
  /// Waits until the gate opens (or the stub stops), then does `reply`.
  case afterGate(StubGate, StubReply)

  /// A 200 answer in SPARQL results JSON.
  public static func resultsJSON(_ text: String, headers: [(String, String)] = []) -> StubReply {
    .respond(
      status: 200, headers: [("Content-Type", "application/sparql-results+json")] + headers,
      body: Array(text.utf8))
  }

  /// An answer with a plain-text body.
  public static func text(_ status: Int, _ text: String, headers: [(String, String)] = [])
    -> StubReply
  {
    .respond(
      status: status, headers: [("Content-Type", "text/plain; charset=utf-8")] + headers,
      body: Array(text.utf8))
  }

  /// An HTML page, as a proxy or a login wall sends instead of results.
  public static func html(_ status: Int = 200) -> StubReply {
    .respond(
      status: status, headers: [("Content-Type", "text/html; charset=utf-8")],
      body: Array("<!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>\n".utf8))
  }
}
