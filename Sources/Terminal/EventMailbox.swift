import Browser
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Carries events from background work back to the input loop, and wakes the
/// loop's `poll` through a pipe so results show without waiting for a key.
final class EventMailbox: Sendable {
  private struct Contents {
    var events: [InputEvent] = []
    var isOpen = true
  }

  private let contents = Mutex(Contents())
  private let readDescriptor: Int32
  private let writeDescriptor: Int32

  /// The descriptor the loop polls; readable when an event has been posted.
  var wakeDescriptor: Int32 { readDescriptor }

  init() {
    var descriptors: [Int32] = [-1, -1]
    if pipe(&descriptors) == 0 {
      for descriptor in descriptors {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
      }
    }
    readDescriptor = descriptors[0]
    writeDescriptor = descriptors[1]
  }

  func post(_ event: InputEvent) {
    contents.withLock { contents in
      guard contents.isOpen else { return }
      contents.events.append(event)
      var byte: UInt8 = 1
      _ = write(writeDescriptor, &byte, 1)
    }
  }

  /// Takes every posted event, oldest first.
  func drain() -> [InputEvent] {
    var scratch = [UInt8](repeating: 0, count: 64)
    while read(readDescriptor, &scratch, scratch.count) > 0 {}
    return contents.withLock { contents in
      defer { contents.events.removeAll() }
      return contents.events
    }
  }

  /// Stops accepting events; work still running afterwards is dropped.
  func close() {
    contents.withLock { contents in
      guard contents.isOpen else { return }
      contents.isOpen = false
      _ = Glibc.close(readDescriptor)
      _ = Glibc.close(writeDescriptor)
    }
  }
}
