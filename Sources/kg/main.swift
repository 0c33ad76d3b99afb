import ArgumentParser

#if canImport(Glibc)
  import Glibc
#endif

/// Runs `kg`, mapping every failure onto the documented exit codes:
/// 0 success, 1 nothing found, 2 usage or data error.
func runKG() -> Never {
  do {
    var command = try KG.parseAsRoot()
    try command.run()
    exit(0)
  } catch let code as ExitCode {
    exit(code.rawValue)
  } catch {
    let code = KG.exitCode(for: error)
    guard code != .success else { KG.exit(withError: error) }
    let message = KG.fullMessage(for: error)
    if !message.isEmpty { StandardError.writeLine(message) }
    exit(code == .validationFailure ? 2 : code.rawValue)
  }
}

runKG()
