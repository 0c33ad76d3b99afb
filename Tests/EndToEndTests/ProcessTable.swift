import Foundation

/// Finds processes through `/proc`, so a test can signal the `kg` it started
/// and nothing else, even with other tests running the same binary.
enum ProcessTable {
  /// The descendants of `ancestor` whose command name is `name`.
  static func descendants(of ancestor: Int32, named name: String) -> [Int32] {
    let parents = parentTable()
    return parents.keys.filter { pid in
      commandName(of: pid) == name && isDescendant(pid, of: ancestor, parents: parents)
    }.sorted()
  }

  static func isRunning(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
      return false
    }
    return state(inStat: stat) != "Z"
  }

  /// True once the process has stopped (SIGSTOP) and cannot run on.
  static func isStopped(_ pid: Int32) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
      return false
    }
    return state(inStat: stat) == "T"
  }

  private static func parentTable() -> [Int32: Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    var parents: [Int32: Int32] = [:]
    for entry in entries {
      guard let pid = Int32(entry),
        let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
      else { continue }
      let fields = fieldsAfterCommand(stat)
      if fields.count > 1, let parent = Int32(fields[1]) { parents[pid] = parent }
    }
    return parents
  }

  private static func isDescendant(_ pid: Int32, of ancestor: Int32, parents: [Int32: Int32])
    -> Bool
  {
    var current = pid
    while let parent = parents[current], parent > 1 {
      if parent == ancestor { return true }
      current = parent
    }
    return false
  }

  private static func commandName(of pid: Int32) -> String? {
    (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func state(inStat stat: String) -> String? {
    fieldsAfterCommand(stat).first
  }

  /// The fields of `/proc/PID/stat` after the parenthesised command name,
  /// which may itself contain spaces: state, ppid, ...
  private static func fieldsAfterCommand(_ stat: String) -> [String] {
    guard let close = stat.lastIndex(of: ")") else { return [] }
    return stat[stat.index(after: close)...].split(separator: " ").map(String.init)
  }
}
