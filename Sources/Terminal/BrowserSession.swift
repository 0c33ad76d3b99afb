import Browser
import KnowledgeGraph
import SPARQL

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
    try withTerminal(options: options, environment: environment) { screen, mailbox in
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
        worker: worker, endpoint: nil, mailbox: mailbox, recorder: recorder,
        home: environment["HOME"])
      let end = loop(state: &state, screen: screen, context: context)
      return (end, recorder.save(state.sessionMemory))
    }
  }

  /// Runs the browser on an endpoint: pages, search and paths are queries
  /// the `EndpointWorker` sends, so the screen never waits on the network.
  /// With `start`, the first page is that IRI (named `name` while it loads);
  /// otherwise the session opens on the search prompt.
  public static func run(
    endpoint: EndpointSource, start: (iri: String, name: String)?, options: TerminalOptions,
    cacheCapacity: Int, environment: [String: String],
    recorder: SessionRecorder = SessionRecorder(store: nil)
  ) throws(TerminalError) -> (end: SessionEnd, saveWarning: String?) {
    try withTerminal(options: options, environment: environment) { screen, mailbox in
      let (memory, warnings) = recorder.load()
      var state = BrowserState(endpointName: endpoint.name, size: screen.size, memory: memory)
      let context = Context(
        worker: EffectWorker(graph: state.graph, mailbox: mailbox),
        endpoint: EndpointWorker(source: endpoint, mailbox: mailbox, cacheCapacity: cacheCapacity),
        mailbox: mailbox, recorder: recorder, home: environment["HOME"])
      context.endpoint?.loadLabelIndex()
      if !warnings.isEmpty { _ = state.handle(.notice(warnings.joined(separator: "; "))) }
      if let start {
        _ = carryOut(state.openPage(iri: start.iri, name: start.name), context: context)
      }
      screen.present(BrowserRenderer.render(state, size: screen.size), fullRepaint: true)
      let end = loop(state: &state, screen: screen, context: context)
      return (end, recorder.save(state.sessionMemory))
    }
  }

  /// Installs the signal handlers, opens the screen and the mailbox around
  /// `body`, and undoes all three on every way out.
  private static func withTerminal<Outcome>(
    options: TerminalOptions, environment: [String: String],
    _ body: (CursesScreen, EventMailbox) -> Outcome
  ) throws(TerminalError) -> Outcome {
    SignalTrap.install()
    defer { SignalTrap.uninstall() }
    let screen = try CursesScreen(options: options, environment: environment)
    defer { screen.close() }
    let mailbox = EventMailbox()
    defer { mailbox.close() }
    return body(screen, mailbox)
  }

  /// What the loop hands effects to.
  private struct Context {
    let worker: EffectWorker
    /// Set when the pages come from an endpoint.
    let endpoint: EndpointWorker?
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
      let outcome = carryOut(state.handle(event), context: context)
      fullRepaint = fullRepaint || outcome.fullRepaint
      clipboard += outcome.clipboard
      if outcome.quit { return (true, fullRepaint, clipboard) }
    }
    return (false, fullRepaint, clipboard)
  }

  private static func carryOut(
    _ effects: [BrowserEffect], context: Context
  ) -> (quit: Bool, fullRepaint: Bool, clipboard: [String]) {
    var fullRepaint = false
    var clipboard: [String] = []
    for effect in effects {
      switch effect {
      case .quit:
        return (true, fullRepaint, clipboard)
      case .redrawAll:
        fullRepaint = true
      case .copyToClipboard(let text):
        clipboard.append(text)
      default:
        hand(effect, to: context)
      }
    }
    return (false, fullRepaint, clipboard)
  }

  /// Gives an effect to whoever carries it out: the endpoint worker when
  /// there is one, the local worker, or the recorder.
  private static func hand(_ effect: BrowserEffect, to context: Context) {
    if let endpoint = context.endpoint, carryOut(effect, on: endpoint) { return }
    switch effect {
    case .search(let query, let generation):
      context.worker.search(query, generation: generation)
    case .findPath(let start, let goal, let generation):
      context.worker.findPath(from: start, to: goal, generation: generation)
    case .export(let request):
      context.worker.export(request, home: context.home)
    case .completeFilePath(let typed, let generation):
      let paths = FileCompletion.candidates(for: typed, home: context.home)
      context.mailbox.post(.fileCompletions(generation: generation, paths: paths))
    case .addBookmark, .removeBookmark, .setLanguages:
      if let answer = context.recorder.perform(effect) { context.mailbox.post(answer) }
    case .quit, .redrawAll, .copyToClipboard, .loadPage, .loadMore, .cancelPage,
      .findEndpointPath:
      break
    }
  }

  /// The effects only an endpoint carries out; false for the others.
  private static func carryOut(_ effect: BrowserEffect, on endpoint: EndpointWorker) -> Bool {
    switch effect {
    case .search(let query, let generation):
      endpoint.search(query, generation: generation)
    case .loadPage(let iri, let generation, let refresh):
      endpoint.loadPage(iri: iri, generation: generation, refresh: refresh)
    case .cancelPage(let generation):
      endpoint.cancelPage(generation: generation)
    case .loadMore(let iri, let predicate, let isIncoming, let generation):
      endpoint.loadMore(
        iri: iri, group: PredicateDirection(predicate: predicate, isIncoming: isIncoming),
        generation: generation)
    case .findEndpointPath(let start, let goal, let generation):
      endpoint.findPath(from: start, to: goal, generation: generation)
    default:
      return false
    }
    return true
  }
}
