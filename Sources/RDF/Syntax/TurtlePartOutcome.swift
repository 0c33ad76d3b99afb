/// How reading one ``TurtlePart`` ended: the prefixes and base in effect at its end, or the
/// error that stopped it, which may come from a cut in the wrong place rather than the file.
public enum TurtlePartOutcome {
  case finished(TurtleState)
  case failed(any Error)
}
