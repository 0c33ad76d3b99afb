/// The mapper's links (subject, predicate, object node), taken out of it so that work on
/// another core can read them while the graph builder inside the mapper changes.
struct LinkColumns {
  let from: [UInt32]
  let predicate: [UInt32]
  let to: [UInt32]

  init(_ mapper: GraphMapper) {
    from = mapper.linkFrom
    predicate = mapper.linkPredicate
    to = mapper.linkTo
  }
}
