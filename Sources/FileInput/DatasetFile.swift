#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a dataset file into memory, refusing anything that is not a regular
/// file before reading a byte: a FIFO or `/dev/zero` passed as `--data` must
/// neither hang nor fill memory.
///
/// The file is read with `read(2)` into one buffer of its size rather than
/// mapped, so a file truncated by another process cannot fault the loader;
/// a size or modification time that changes during the read is reported.
package enum DatasetFile {
  /// String offsets are 32-bit, so a dataset holds at most 4 GiB.
  static let maximumSize = Int(UInt32.max)

  /// Files at least this large are mapped rather than read (on Linux, where a
  /// truncation during the load is caught by `MappedFileGuard`).
  static let mappingThreshold = 16 << 20

  /// Lends the file's bytes to `body`, and reports a file that changed
  /// meanwhile. `body` also learns whether the bytes are a mapping of the
  /// file, whose pages it may hand back to the kernel once read. A reader
  /// that keeps only the pages near it resident passes `populatingMapping:
  /// false`, so a large file is never resident all at once.
  package static func withContents<Result>(
    path: String, populatingMapping: Bool = true,
    _ body: (UnsafeBufferPointer<UInt8>, _ isMapped: Bool) throws(LoadError) -> Result
  ) throws(LoadError) -> Result {
    let (file, descriptor, opened) = try open(path: path, populatingMapping: populatingMapping)
    defer { close(descriptor) }
    #if os(Linux)
      let result =
        file.isMapped
        ? try MappedFileGuard.protect(file, message: changed(path).message) {
          () throws(LoadError) in try body(file.buffer, true)
        } : try body(file.buffer, false)
    #else
      let result = try body(file.buffer, false)
    #endif
    var after = stat()
    guard fstat(descriptor, &after) == 0, after.st_size == opened.st_size,
      modificationTime(after) == modificationTime(opened)
    else { throw changed(path) }
    return result
  }

  private static func open(path: String, populatingMapping: Bool) throws(LoadError) -> (
    FileBytes, Int32, stat
  ) {
    var info = stat()
    guard stat(path, &info) == 0 else { throw failure(path, openError: errno) }
    try checkIsRegular(info, path: path)
    let descriptor = systemOpen(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path, openError: errno) }
    do {
      let (bytes, opened) = try contents(
        of: descriptor, statusAtStat: info, path: path, populatingMapping: populatingMapping)
      return (bytes, descriptor, opened)
    } catch {
      close(descriptor)
      throw error
    }
  }

  private static func contents(
    of descriptor: Int32, statusAtStat info: stat, path: String, populatingMapping: Bool
  ) throws(LoadError) -> (FileBytes, stat) {
    var opened = stat()
    guard fstat(descriptor, &opened) == 0 else { throw failure(path, readError: errno) }
    try checkIsRegular(opened, path: path)
    guard opened.st_dev == info.st_dev && opened.st_ino == info.st_ino else {
      throw changed(path)
    }
    guard Int(opened.st_size) <= maximumSize else {
      throw LoadError("\(path): the file is larger than 4 GiB, the limit for a dataset")
    }
    let size = Int(opened.st_size)
    if size >= mappingThreshold,
      let mapped = FileBytes(mapping: descriptor, count: size, populating: populatingMapping)
    {
      return (mapped, opened)
    }
    let bytes = FileBytes(capacity: size)
    try readAll(descriptor, into: bytes, path: path)
    return (bytes, opened)
  }

  private static func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    #if canImport(Glibc)
      Glibc.open(path, flags)
    #else
      Darwin.open(path, flags)
    #endif
  }

  private static func readAll(_ descriptor: Int32, into bytes: FileBytes, path: String)
    throws(LoadError)
  {
    var total = 0
    while total < bytes.count {
      let count = systemRead(
        descriptor, bytes.mutableBase + total, min(bytes.count - total, 1 << 30))
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw failure(path, readError: errno) }
      guard count > 0 else { throw changed(path) }
      total += count
    }
    var extra: UInt8 = 0
    guard systemRead(descriptor, &extra, 1) == 0 else { throw changed(path) }
  }

  private static func systemRead(
    _ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int
  )
    -> Int
  {
    #if canImport(Glibc)
      Glibc.read(descriptor, buffer, count)
    #else
      Darwin.read(descriptor, buffer, count)
    #endif
  }

  private static func modificationTime(_ info: stat) -> [Int] {
    #if canImport(Glibc)
      [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
    #else
      [Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec)]
    #endif
  }

  private static func checkIsRegular(_ info: stat, path: String) throws(LoadError) {
    switch info.st_mode & S_IFMT {
    case S_IFREG: return
    case S_IFDIR: throw LoadError("\(path): is a directory, not a dataset file")
    case S_IFIFO: throw notRegular(path, "a FIFO")
    case S_IFCHR: throw notRegular(path, "a character device")
    case S_IFBLK: throw notRegular(path, "a block device")
    case S_IFSOCK: throw notRegular(path, "a socket")
    default: throw notRegular(path, "a special file")
    }
  }

  private static func notRegular(_ path: String, _ kind: String) -> LoadError {
    LoadError("\(path): is \(kind), not a regular file; kg reads datasets only from regular files")
  }

  private static func changed(_ path: String) -> LoadError {
    LoadError("\(path): the file changed while it was being read; try again")
  }

  static func failure(_ path: String, openError code: Int32) -> LoadError {
    switch code {
    case ENOENT: LoadError("\(path): file not found")
    case ENOTDIR: LoadError("\(path): file not found (a part of the path is not a directory)")
    case EACCES, EPERM: LoadError("\(path): cannot read the file: permission denied")
    default: LoadError("\(path): cannot open the file: \(String(cString: strerror(code)))")
    }
  }

  private static func failure(_ path: String, readError code: Int32) -> LoadError {
    code == EISDIR
      ? LoadError("\(path): is a directory, not a dataset file")
      : LoadError("\(path): cannot read the file: \(String(cString: strerror(code)))")
  }
}
