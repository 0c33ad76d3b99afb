/// A mutable buffer lent to the cores of a `ParallelWork.map`: Dispatch
/// needs its closures to be `Sendable`, and the caller guarantees that each
/// core writes only its own, separate part of the buffer.
public struct SharedBuffer<Element>: @unchecked Sendable {
  public let buffer: UnsafeMutableBufferPointer<Element>

  public init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
