@testable import Browser
import GraphFixtures
import KnowledgeGraph

/// Random input against an endpoint session whose pages are graphs of
/// their own: answers come late, out of order, twice, or fail, as an
/// endpoint's can.
struct EndpointMonkey {
  var generator: SplitMix64
  var state: BrowserState
  var standIn = EndpointStandIn()
  private var held: [InputEvent] = []

  init(seed: UInt64) {
    generator = SplitMix64(seed: seed)
    standIn.pagesAreFragments = true
    state = EndpointStandIn.state(size: ScreenSize(columns: 80, rows: 24))
  }

  private static let keys: [Key] =
    [.up, .down, .left, .right, .enter, .tab, .escape, .home, .end, .pageDown, .control("l")]
    + Array("jkhl[]/pt+mb'Hq?").map(Key.character)

  /// Applies one random event: a key, or an answer held back so far.
  mutating func step() -> InputEvent {
    let event = nextEvent()
    standIn.take(state.handle(event))
    held += standIn.takeWaiting()
    return event
  }

  private mutating func nextEvent() -> InputEvent {
    let roll = Int.random(in: 0..<100, using: &generator)
    if roll < 40, !held.isEmpty {
      let answer = held.remove(at: Int.random(in: 0..<held.count, using: &generator))
      if roll < 3 { held.append(answer) }
      if roll < 6, case .page(let generation, _) = answer {
        return .pageFailed(generation: generation, message: "HTTP 503")
      }
      return answer
    }
    if roll < 45 {
      return .resize(
        ScreenSize(
          columns: Int.random(in: 1...120, using: &generator),
          rows: Int.random(in: 1...40, using: &generator)))
    }
    if roll < 60 {
      let names = ["alibaba", "tmall", "hefei", "ustc", "北京"]
      return .key(
        .character(
          Character(
            String(names.randomElement(using: &generator)!.randomElement(using: &generator)!))))
    }
    return .key(Self.keys.randomElement(using: &generator)!)
  }
}
