import Browser
import SPARQL

/// An endpoint page as fetched, to fetch more of it, and as the browser shows it.
public struct FetchedPage: Sendable {
  public let page: EntityPage
  public let shown: PageGraph

  public init(_ page: EntityPage) {
    self.page = page
    shown = PageGraph(
      graph: page.graph, entity: page.entity, isPartial: page.isPartial,
      groupTotal: page.total(of:))
  }
}
