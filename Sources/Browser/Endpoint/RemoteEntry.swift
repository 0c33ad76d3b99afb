/// A history page that lives on an endpoint: what names it, and its page
/// once the runner has fetched it.
struct RemoteEntry: Hashable, Sendable {
  let iri: String
  /// The name the link showed, for the breadcrumb and "loading…" until the
  /// page comes; then the page's own name.
  var name: String
  var page: PageGraph?
  /// The generation of the request in flight for this page, if any.
  var request: Int?
  /// Why the last request failed, shown in place of the page.
  var failure: String?
}
