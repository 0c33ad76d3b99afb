import SPARQL
import Synchronization

/// Passes queries to a real client, except those `alter` picks, which fail,
/// come back marked partial, or lose half their lines without saying so:
/// the ways an endpoint can let the label index down.
final class AlteredEndpoint: SPARQLQuerying {
  enum Alteration: Sendable {
    case fail
    case markedPartial
    case silentlyCut
  }

  let client: SPARQLClient
  let alter: @Sendable (String) -> Alteration?
  private let sent = Mutex<[String]>([])

  init(_ client: SPARQLClient, alter: @escaping @Sendable (String) -> Alteration?) {
    self.client = client
    self.alter = alter
  }

  var queries: [String] { sent.withLock { $0 } }

  func select(_ query: String, cancellation: RequestCancellation?) throws(SPARQLError)
    -> SPARQLResults
  {
    sent.withLock { $0.append(query) }
    let answer = try client.select(query, cancellation: cancellation)
    switch alter(query) {
    case nil: return answer
    case .fail:
      throw SPARQLError.httpStatus(host: "test", status: 503, detail: "refused by the test")
    case .markedPartial:
      return SPARQLResults(variables: answer.variables, rows: answer.rows, isPartial: true)
    case .silentlyCut:
      return SPARQLResults(
        variables: answer.variables, rows: Array(answer.rows.prefix(answer.rows.count / 2)),
        isPartial: false)
    }
  }

  func construct(_ query: String, cancellation: RequestCancellation?) throws(SPARQLError)
    -> SPARQLGraphAnswer
  {
    sent.withLock { $0.append(query) }
    let answer = try client.construct(query, cancellation: cancellation)
    switch alter(query) {
    case nil: return answer
    case .fail:
      throw SPARQLError.httpStatus(host: "test", status: 503, detail: "refused by the test")
    case .markedPartial: return SPARQLGraphAnswer(bytes: answer.bytes, isPartial: true)
    case .silentlyCut:
      let lines = answer.bytes.split(separator: UInt8(ascii: "\n"))
      let kept = lines.prefix(lines.count / 2).joined(separator: [UInt8(ascii: "\n")])
      return SPARQLGraphAnswer(bytes: Array(kept), isPartial: false)
    }
  }
}
