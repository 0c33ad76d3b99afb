/// Where a relation's source comes from: the node a reified statement cites as its
/// source, or the named graph the link is in.
enum SourceOrigin: Hashable {
  case node(UInt32)
  case graph(UInt16)
}
