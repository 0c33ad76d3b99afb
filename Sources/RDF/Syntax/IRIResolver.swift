/// Resolves IRI references against a base IRI by RFC 3986 section 5.2, with dot-segment
/// removal, writing the result into a ``ByteArena``.
struct IRIResolver {
  /// The absolute base IRI as given.
  private(set) var base: [UInt8]
  private let parts: IRIReference

  /// Nil unless `base` is absolute (has a scheme).
  init?(base: [UInt8]) {
    let parts = base.withUnsafeBufferPointer { IRIReference($0) }
    guard parts.scheme != nil else { return nil }
    self.base = base
    self.parts = parts
  }

  /// Appends the resolution of `reference` to `arena`.
  func resolve(_ reference: UnsafeBufferPointer<UInt8>, into arena: ByteArena) {
    let target = IRIReference(reference)
    if target.scheme != nil {
      IRIResolver.appendAbsolute(reference, target, into: arena)
      return
    }
    base.withUnsafeBufferPointer { baseText in
      arena.append(slice(baseText, parts.scheme!))
      arena.append(0x3A)
      if let authority = target.authority {
        appendAuthority(slice(reference, authority), into: arena)
        IRIResolver.appendPath(slice(reference, target.path), into: arena)
        appendQuery(reference, target.query, into: arena)
      } else {
        if let authority = parts.authority {
          appendAuthority(slice(baseText, authority), into: arena)
        }
        appendRelativePath(reference, target, baseText, into: arena)
      }
    }
    if let fragment = target.fragment {
      arena.append(0x23)
      arena.append(slice(reference, fragment))
    }
  }

  /// Appends an IRI that already has a scheme; only its dot segments may need removing.
  static func appendAbsolute(
    _ reference: UnsafeBufferPointer<UInt8>, _ target: IRIReference, into arena: ByteArena
  ) {
    let path = slice(reference, target.path)
    if !DotSegments.present(in: path) {
      arena.append(reference)
      return
    }
    arena.append(slice(reference, 0..<target.path.lowerBound))
    appendPath(path, into: arena)
    arena.append(slice(reference, target.path.upperBound..<reference.count))
  }

  private func appendRelativePath(
    _ reference: UnsafeBufferPointer<UInt8>, _ target: IRIReference,
    _ baseText: UnsafeBufferPointer<UInt8>, into arena: ByteArena
  ) {
    let path = slice(reference, target.path)
    if path.isEmpty {
      arena.append(slice(baseText, parts.path))
      appendQuery(
        target.query != nil ? reference : baseText, target.query ?? parts.query, into: arena)
      return
    }
    if path[0] == 0x2F {
      IRIResolver.appendPath(path, into: arena)
    } else {
      IRIResolver.appendPath(merge(slice(baseText, parts.path), path), into: arena)
    }
    appendQuery(reference, target.query, into: arena)
  }

  /// RFC 3986 section 5.2.3: the base path up to its last `/`, then the reference path.
  private func merge(_ basePath: UnsafeBufferPointer<UInt8>, _ path: UnsafeBufferPointer<UInt8>)
    -> [UInt8]
  {
    if parts.authority != nil && basePath.isEmpty { return [0x2F] + path }
    guard let slash = basePath.lastIndex(of: 0x2F) else { return Array(path) }
    return Array(basePath[...slash]) + path
  }

  private func appendAuthority(_ authority: UnsafeBufferPointer<UInt8>, into arena: ByteArena) {
    arena.append(0x2F)
    arena.append(0x2F)
    arena.append(authority)
  }

  private func appendQuery(
    _ text: UnsafeBufferPointer<UInt8>, _ query: Range<Int>?, into arena: ByteArena
  ) {
    guard let query else { return }
    arena.append(0x3F)
    arena.append(slice(text, query))
  }

  private static func appendPath<Path: Collection<UInt8>>(_ path: Path, into arena: ByteArena) {
    for byte in DotSegments.remove(from: Array(path)) { arena.append(byte) }
  }
}

private func slice(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UnsafeBufferPointer<
  UInt8
> {
  UnsafeBufferPointer(rebasing: text[range])
}
