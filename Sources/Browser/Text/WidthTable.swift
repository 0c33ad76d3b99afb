#if canImport(Glibc)
  import Glibc
#endif

/// libc `wcwidth` answers under a UTF-8 locale, with the Basic Multilingual
/// Plane precomputed so that measuring a screen of text costs a table lookup
/// per scalar.
///
/// `wcwidth` is not exported to Swift by the Glibc module (it needs
/// `_XOPEN_SOURCE`), so it is looked up by name. It reads the calling
/// thread's locale, which `uselocale` switches to C.UTF-8 only for the
/// duration of a lookup; the process locale is never touched.
final class WidthTable: @unchecked Sendable {
  // Unchecked: the locale handle and function pointer are written once in
  // `init` and only read afterwards; `uselocale` is per thread.
  static let shared = WidthTable()

  private typealias WidthFunction = @convention(c) (Int32) -> Int32

  private let wcwidth: WidthFunction?
  private let locale: locale_t?
  /// Widths 0...2 for U+0000...U+FFFF.
  let basicPlane: [UInt8]

  private init() {
    wcwidth = dlsym(dlopen(nil, RTLD_NOW), "wcwidth").map {
      unsafeBitCast($0, to: WidthFunction.self)
    }
    locale =
      newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) ?? newlocale(LC_CTYPE_MASK, "en_US.UTF-8", nil)
    basicPlane = Self.measureBasicPlane(wcwidth, locale: locale)
  }

  private static func measureBasicPlane(_ wcwidth: WidthFunction?, locale: locale_t?) -> [UInt8] {
    var table = [UInt8](repeating: 0, count: 0x10000)
    guard let wcwidth else { return table }
    let previous = locale.map { uselocale($0) }
    for value in 0..<0x10000 { table[value] = UInt8(clamping: max(0, wcwidth(Int32(value)))) }
    if let previous { uselocale(previous) }
    return table
  }

  /// The width of a scalar outside the Basic Multilingual Plane.
  func width(of value: UInt32) -> Int {
    var width: Int32 = 0
    withUTF8Locale { width = $0(Int32(bitPattern: value)) }
    return Int(max(0, width))
  }

  private func withUTF8Locale(_ body: (WidthFunction) -> Void) {
    guard let wcwidth else { return }
    guard let locale else { return body(wcwidth) }
    let previous = uselocale(locale)
    body(wcwidth)
    uselocale(previous)
  }
}
