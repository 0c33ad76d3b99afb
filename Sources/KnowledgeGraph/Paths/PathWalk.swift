/// The state of enumerating shortest paths depth-first: the steps taken so far
/// and the complete paths found, up to a cap.
struct PathWalk {
  let limit: Int
  var steps: [PathStep] = []
  var paths: [[PathStep]] = []

  init(limit: Int) { self.limit = limit }

  var isFull: Bool { paths.count >= limit }
}
