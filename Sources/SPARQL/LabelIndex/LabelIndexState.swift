/// Where an endpoint's label index stands: search uses it only when ready.
public enum LabelIndexState: Sendable {
  case notStarted
  case loading
  case ready(EndpointLabelIndex)
  /// It could not be had (over the cap, an error, a partial answer), so
  /// search keeps asking the endpoint; the reason is for a status line.
  case unavailable(reason: String)
}
