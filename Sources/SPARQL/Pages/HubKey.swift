/// A predicate read into one entity, as the path search counts its fan-in.
struct HubKey: Hashable {
  let entity: String
  let predicate: String

  init(_ link: PathLink) {
    entity = link.previous
    predicate = link.predicate
  }
}
