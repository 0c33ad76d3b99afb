import Browser
import KnowledgeGraph

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the interactive browser on this terminal until the user quits or a
/// signal ends it, and restores the terminal on every way out.
///
/// The loop never blocks on work: it drains whatever input is ready, feeds it
/// to the pure `BrowserState`, hands slow effects to an `EffectWorker`, draws
/// once per batch (so a storm of resizes or keys costs one frame), and
/// otherwise sleeps in `poll` for at most a tenth of a second.
public enum BrowserSession {
  /// The most input events applied before a frame is drawn.
  static let batchLimit = 256
  static let idleMilliseconds: Int32 = 100

  /// Call `TerminalPreflight.check` before loading the graph, then this.
  public static func run(
    graph: Graph, start: EntityIndex?, options: TerminalOptions, environment: [String: String]
  ) throws(TerminalError) -> SessionEnd {
    SignalTrap.install()
    defer { SignalTrap.uninstall() }
    let screen = try CursesScreen(options: options, environment: environment)
    defer { screen.close() }
    let mailbox = EventMailbox()
    defer { mailbox.close() }
    let worker = EffectWorker(graph: graph, mailbox: mailbox)
    var state = BrowserState(graph: graph, start: start, size: screen.size)
    screen.present(BrowserRenderer.render(state, size: screen.size), fullRepaint: true)
    // After the first frame, so that building the index does not delay it.
    worker.prepareSearchIndex()
    return loop(state: &state, screen: screen, worker: worker, mailbox: mailbox)
  }

  private static func loop(
    state: inout BrowserState, screen: CursesScreen, worker: EffectWorker, mailbox: EventMailbox
  ) -> SessionEnd {
    while true {
      if let signal = SignalTrap.takePending() { return .signal(signal) }
      let events = screen.readEvents(limit: batchLimit) + mailbox.drain()
      guard !events.isEmpty else {
        let outcome = InputWait.wait(
          input: STDIN_FILENO, wake: mailbox.wakeDescriptor, milliseconds: idleMilliseconds)
        if outcome == .inputClosed { return .signal(SIGHUP) }
        continue
      }
      if state.searchIndex == nil { state.searchIndex = worker.readyIndex }
      let batch = apply(events, to: &state, worker: worker)
      if batch.quit { return .quit }
      screen.present(
        BrowserRenderer.render(state, size: screen.size), fullRepaint: batch.fullRepaint)
    }
  }

  private static func apply(
    _ events: [InputEvent], to state: inout BrowserState, worker: EffectWorker
  ) -> (quit: Bool, fullRepaint: Bool) {
    var fullRepaint = false
    for event in events {
      if case .resize = event { fullRepaint = true }
      for effect in state.handle(event) {
        switch effect {
        case .quit:
          return (true, fullRepaint)
        case .redrawAll:
          fullRepaint = true
        case .search(let query, let generation):
          worker.search(query, generation: generation)
        case .findPath(let start, let goal, let generation):
          worker.findPath(from: start, to: goal, generation: generation)
        }
      }
    }
    return (false, fullRepaint)
  }
}
