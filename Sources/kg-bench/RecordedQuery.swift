/// One query kg sent, as the counting wrapper saw it: its text and the
/// `Accept` header the client sent with it, so curl can replay it exactly,
/// and the time it took inside the client (HTTP and parsing the answer).
struct RecordedQuery: Sendable {
  let text: String
  let accept: String
  let seconds: Double
  /// Whether the endpoint failed it; the request was then sent again
  /// (`TransientRetry`), so it is not one of the page's queries.
  let failed: Bool
}
