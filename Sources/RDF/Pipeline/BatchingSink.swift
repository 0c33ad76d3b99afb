/// The sink a reader fills on the parsing thread: it copies what it is
/// handed into batches and sends each full one down the channel.
struct BatchingSink: RDFSink {
  let channel: BatchChannel
  private var batch: StatementBatch

  init(channel: BatchChannel) {
    self.channel = channel
    batch = channel.emptyBatch()
  }

  mutating func statement(subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm?) {
    batch.appendStatement(subject: subject, predicate: predicate, object: object, graph: graph)
    if batch.isFull { flush() }
  }

  mutating func prefix(name: UnsafeBufferPointer<UInt8>, namespace: UnsafeBufferPointer<UInt8>) {
    batch.appendPrefix(name: name, namespace: namespace)
  }

  mutating func base(iri: UnsafeBufferPointer<UInt8>) {
    batch.appendBase(iri: iri)
  }

  /// Sends what has been collected, if anything.
  mutating func flush() {
    guard !batch.isEmpty else { return }
    channel.send(batch)
    batch = channel.emptyBatch()
  }
}
