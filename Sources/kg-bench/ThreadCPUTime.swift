import Foundation

/// CPU time the calling thread has used, which a loaded machine does not
/// inflate the way it inflates wall time: a step preempted by another
/// process's thread waits for a time slice (about 10 ms) without running,
/// so the wall-clock p99 of sub-millisecond steps measures the machine.
enum ThreadCPUTime {
  /// Milliseconds of CPU this thread has used so far.
  static func milliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
  }
}
