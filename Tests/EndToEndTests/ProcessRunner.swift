import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs helper programs (tmux, mostly) to completion.
///
/// Spawns with an empty signal mask and default dispositions. Test code runs
/// on threads that block most signals, and Foundation's `Process` passes that
/// mask on: a tmux server started that way never reaps its panes and a `kg`
/// inside it never sees SIGINT or SIGTERM.
///
/// Output goes to files the child opens itself rather than to pipes: a tmux
/// server forked by one test would otherwise inherit the pipe another test is
/// reading from at that moment, and that reader would never see end of file.
enum ProcessRunner {
  /// Runs on a Dispatch thread, leaving Swift concurrency's few cooperative
  /// threads free: tests running in parallel poll on those, and a blocked
  /// pool would make every test's polling late.
  @discardableResult
  static func run(_ program: String, _ arguments: [String]) async throws -> CommandResult {
    try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(with: Result { try runBlocking(program, arguments) })
      }
    }
  }

  /// Runs on the calling thread; for `deinit`, which cannot wait asynchronously.
  @discardableResult
  static func runBlocking(_ program: String, _ arguments: [String]) throws -> CommandResult {
    let base = FileManager.default.temporaryDirectory
      .appendingPathComponent("kg-e2e-run-\(UUID().uuidString)").path
    let outputPath = base + ".out"
    let errorPath = base + ".err"
    defer {
      unlink(outputPath)
      unlink(errorPath)
    }
    let pid = try spawn([program] + arguments, outputPath: outputPath, errorPath: errorPath)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return CommandResult(
      status: exitStatus, output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      error: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
  }

  private static func spawn(_ arguments: [String], outputPath: String, errorPath: String) throws
    -> pid_t
  {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var everySignal = sigset_t()
    sigfillset(&everySignal)
    posix_spawnattr_setsigdefault(&attributes, &everySignal)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let writeFlags = O_WRONLY | O_CREAT | O_TRUNC
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, writeFlags, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, writeFlags, 0o600)

    let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
    var argv = arguments.map { strdup($0) } + [nil]
    var envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let result = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &envp)
    guard result == 0 else {
      throw TmuxError("cannot start \(arguments[0]): \(String(cString: strerror(result)))")
    }
    return pid
  }
}
