/// Why a parse step stopped early: a syntax error at a position, or (streaming Turtle only)
/// the chunk ended inside a statement and the statement must be parsed again with more bytes.
enum ParseStop: Error, @unchecked Sendable {
  case failure(UnsafePointer<UInt8>, String)
  case needMore
}
