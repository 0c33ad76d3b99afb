/// How a path search reached a resource: from `previous`, by a triple with
/// predicate `predicate`, written `previous → resource` unless `isIncoming`.
struct PathLink: Hashable, Sendable {
  let previous: String
  let predicate: String
  let isIncoming: Bool

  /// The triple as the endpoint holds it, for the path's fragment.
  func triple(reaching resource: String) -> (String, String, String) {
    isIncoming ? (resource, predicate, previous) : (previous, predicate, resource)
  }
}
