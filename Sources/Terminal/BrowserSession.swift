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
  /// Without `start`, the session opens on the home screen. The recorder's
  /// warnings show in the status line; a warning from saving history at the
  /// end comes back with the `SessionEnd`'s caller as `saveWarning`.
  public static func run(
    graph: Graph, start: EntityIndex?, options: TerminalOptions, environment: [String: String],
    recorder: SessionRecorder = SessionRecorder(store: nil)
  ) throws(TerminalError) -> (end: SessionEnd, saveWarning: String?) {
    SignalTrap.install()
    defer { SignalTrap.uninstall() }
    let screen = try CursesScreen(options: options, environment: environment)
    defer { screen.close() }
    let mailbox = EventMailbox()
    defer { mailbox.close() }
    let worker = EffectWorker(graph: graph, mailbox: mailbox)
    let (memory, warnings) = recorder.load()
    var state = BrowserState(
      graph: graph, start: start, size: screen.size, memory: memory, startsAtHome: true)
    if !warnings.isEmpty { _ = state.handle(.notice(warnings.joined(separator: "; "))) }
    screen.present(BrowserRenderer.render(state, size: screen.size), fullRepaint: true)
    // After the first frame, so that building the index does not delay it.
    worker.prepareSearchIndex()
    if state.homeStatistics == nil { worker.prepareHomeStatistics() }
    let context = Context(
      worker: worker, mailbox: mailbox, recorder: recorder, home: environment["HOME"])
    let end = loop(state: &state, screen: screen, context: context)
    return (end, recorder.save(state.sessionMemory))
  }

  /// What the loop hands effects to.
  private struct Context {
    let worker: EffectWorker
    let mailbox: EventMailbox
    let recorder: SessionRecorder
    let home: String?
  }

  private static func loop(
    state: inout BrowserState, screen: CursesScreen, context: Context
  ) -> SessionEnd {
    let (worker, mailbox) = (context.worker, context.mailbox)
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
      let batch = apply(events, to: &state, context: context)
      if batch.quit { return .quit }
      screen.present(
        BrowserRenderer.render(state, size: screen.size), fullRepaint: batch.fullRepaint)
      for text in batch.clipboard { Clipboard.copy(text) }
    }
  }

  private static func apply(
    _ events: [InputEvent], to state: inout BrowserState, context: Context
  ) -> (quit: Bool, fullRepaint: Bool, clipboard: [String]) {
    var fullRepaint = false
    var clipboard: [String] = []
    for event in events {
      if case .resize = event { fullRepaint = true }
      for effect in state.handle(event) {
        switch effect {
        case .quit:
          return (true, fullRepaint, clipboard)
        case .redrawAll:
          fullRepaint = true
        case .search(let query, let generation):
          context.worker.search(query, generation: generation)
        case .findPath(let start, let goal, let generation):
          context.worker.findPath(from: start, to: goal, generation: generation)
        case .copyToClipboard(let text):
          clipboard.append(text)
        case .export(let request):
          context.worker.export(request, home: context.home)
        case .completeFilePath(let typed, let generation):
          let paths = FileCompletion.candidates(for: typed, home: context.home)
          context.mailbox.post(.fileCompletions(generation: generation, paths: paths))
        case .addBookmark, .removeBookmark, .setLanguages:
          if let answer = context.recorder.perform(effect) { context.mailbox.post(answer) }
        }
      }
    }
    return (false, fullRepaint, clipboard)
  }
}
