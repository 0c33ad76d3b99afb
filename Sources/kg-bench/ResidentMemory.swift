import Foundation

/// This process's memory, read from `/proc/self`.
enum ResidentMemory {
  /// Current resident set size in MiB (`VmRSS`).
  static func current() -> Double { statusField("VmRSS:") }

  /// Peak resident set size so far in MiB (`VmHWM`).
  static func peak() -> Double { statusField("VmHWM:") }

  private static func statusField(_ field: String) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
      let kilobytes = Double(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "")
    else { return 0 }
    return kilobytes / 1024
  }
}
