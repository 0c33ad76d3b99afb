/// The value of one cell of an RDF collection (`rdf:first`).
enum ListItem {
  case node(UInt32)
  case literal(LiteralRecord)
}
