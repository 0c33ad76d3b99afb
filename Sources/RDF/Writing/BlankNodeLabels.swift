/// Labels for blank nodes: entities whose id is `_:label`, and the nodes
/// that carry a relation's provenance.
///
/// The two must never collide, and an entity's label may be anything a
/// graph holds. So an entity keeps its label when it is a valid
/// `BLANK_NODE_LABEL` that does not start with `kg`; any other label is
/// written as `kgb` and the hex of its UTF-8. Provenance nodes are `kgr` and
/// the relation's number. Labels are local to one document, so renaming
/// them does not change the graph.
enum BlankNodeLabels {
  static func appendEntity(label: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    output.append(contentsOf: "_:".utf8)
    if isKept(label) {
      output.append(contentsOf: label)
      return
    }
    output.append(contentsOf: "kgb".utf8)
    for byte in label {
      output.append(lowerHex(byte >> 4))
      output.append(lowerHex(byte & 0xF))
    }
  }

  static func appendStatement(number: UInt32, to output: inout [UInt8]) {
    output.append(contentsOf: "_:kgr".utf8)
    output.append(contentsOf: String(number).utf8)
  }

  private static func isKept(_ label: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !label.isEmpty, !label.starts(with: "kg".utf8) else { return false }
    var index = 0
    var last: UInt32 = 0
    while index < label.count {
      let (value, length) = ScalarDecoding.scalar(in: label, at: index)
      let fits =
        index == 0
        ? TurtleCharacters.isNameStart(value) || TurtleCharacters.isDigit(value)
        : TurtleCharacters.isNameCharacter(value) || value == 0x2E
      guard fits else { return false }
      last = value
      index += length
    }
    return last != 0x2E
  }

  private static func lowerHex(_ nibble: UInt8) -> UInt8 {
    nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
  }
}
