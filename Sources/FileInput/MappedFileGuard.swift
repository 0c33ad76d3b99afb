#if os(Linux)
  import Glibc
  import Synchronization

  /// Makes reading a mapped dataset safe against another process truncating
  /// the file mid-load: the read then faults with SIGBUS, which would crash.
  ///
  /// While a load runs, a SIGBUS handler checks whether the fault lies in the
  /// mapped file. If so it prints the loader's "changed while it was being
  /// read" message and exits with status 2, the documented code for data
  /// errors; any other SIGBUS gets the previous handling.
  enum MappedFileGuard {
    private static let start = Atomic<UInt>(0)
    private static let end = Atomic<UInt>(0)
    private static let message = Atomic<UInt>(0)
    private static let messageLength = Atomic<Int>(0)

    static func protect<Result, Failure: Error>(
      _ file: FileBytes, message text: String, _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
      let line = Array(("kg: " + text + "\n").utf8)
      let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: line.count)
      buffer.initialize(from: line, count: line.count)
      message.store(UInt(bitPattern: buffer), ordering: .sequentiallyConsistent)
      messageLength.store(line.count, ordering: .sequentiallyConsistent)
      start.store(file.addressRange.lowerBound, ordering: .sequentiallyConsistent)
      end.store(file.addressRange.upperBound, ordering: .sequentiallyConsistent)
      var action = sigaction()
      action.sa_flags = SA_SIGINFO
      action.__sigaction_handler.sa_sigaction = handleBusError
      var previous = sigaction()
      sigaction(SIGBUS, &action, &previous)
      defer {
        sigaction(SIGBUS, &previous, nil)
        end.store(0, ordering: .sequentiallyConsistent)
        message.store(0, ordering: .sequentiallyConsistent)
        buffer.deallocate()
      }
      return try body()
    }

    private static let handleBusError:
      @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
        _, info, _ in
        let address = UInt(bitPattern: info?.pointee._sifields._sigfault.si_addr)
        let lower = MappedFileGuard.start.load(ordering: .sequentiallyConsistent)
        let upper = MappedFileGuard.end.load(ordering: .sequentiallyConsistent)
        let text = MappedFileGuard.message.load(ordering: .sequentiallyConsistent)
        guard address >= lower, address < upper, let pointer = UnsafeRawPointer(bitPattern: text)
        else {
          signal(SIGBUS, SIG_DFL)
          return
        }
        _ = write(2, pointer, MappedFileGuard.messageLength.load(ordering: .sequentiallyConsistent))
        _exit(2)
      }
  }
#endif
