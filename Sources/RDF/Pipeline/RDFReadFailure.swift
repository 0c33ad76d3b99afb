/// The error that stopped a read on the parsing thread, carried to the
/// thread that throws it. The reader's errors are plain values.
struct RDFReadFailure: @unchecked Sendable {
  let error: any Error
}
