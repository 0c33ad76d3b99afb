import Foundation

/// When to retry a 429 or 503 answer, and how long to wait first.
///
/// The wait before retry `n` (from 0) is the larger of the server's
/// `Retry-After` and an exponential backoff of 1, 2, 4 … seconds. A retry
/// whose wait would take the total past `maximumTotalWait` is not made: the
/// caller gets the 429 or 503 at once instead of a long silent stall.
struct RetryPolicy {
  static let initialBackoff: TimeInterval = 1

  let maximumRetries: Int
  let maximumTotalWait: TimeInterval

  /// Whether an answer with this status may be retried.
  static func isRetryable(status: Int) -> Bool { status == 429 || status == 503 }

  /// The wait before retry `attempt`, or nil when no retry should follow.
  func delay(attempt: Int, retryAfter: String?, alreadyWaited: TimeInterval, now: Date)
    -> TimeInterval?
  {
    guard attempt < maximumRetries else { return nil }
    let backoff = Self.initialBackoff * Double(1 << min(attempt, 30))
    let asked = retryAfter.flatMap { Self.seconds(fromRetryAfter: $0, now: now) } ?? 0
    let wait = max(backoff, asked)
    return alreadyWaited + wait <= maximumTotalWait ? wait : nil
  }

  /// A `Retry-After` value in seconds from `now`: either delay-seconds or an
  /// HTTP date (IMF-fixdate, RFC 850 or asctime); nil when it is neither.
  static func seconds(fromRetryAfter value: String, now: Date) -> TimeInterval? {
    let text = value.trimmingCharacters(in: .whitespaces)
    if !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) {
      return TimeInterval(text)
    }
    return httpDate(text).map { max(0, $0.timeIntervalSince(now)) }
  }

  private static func httpDate(_ text: String) -> Date? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    for format in [
      "EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy",
    ] {
      formatter.dateFormat = format
      if let date = formatter.date(from: text) { return date }
    }
    return nil
  }
}
