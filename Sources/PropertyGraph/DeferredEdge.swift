import KnowledgeGraph

/// An edge read before one of its nodes: its ends are copied out of the
/// input so the pages already read can be released meanwhile.
struct DeferredEdge {
  let source: [UInt8]
  let target: [UInt8]
  /// Where each end's attribute value starts, for an unknown-node message.
  let sourceOffset: Int
  let targetOffset: Int
  let type: RelationTypeIndex
  let detail: ItemDraft?
}
