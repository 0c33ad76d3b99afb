import FileInput

/// Checks a dataset and reports every problem it can find, not just the first;
/// what `kg validate` prints.
public enum DatasetValidator {
  /// Validates a file. Throws only when the file cannot be read at all
  /// (missing, a directory, unreadable, not a regular file); every problem
  /// inside the file is in the report.
  public static func validate(path: String, strict: Bool = false) throws(LoadError)
    -> ValidationReport
  {
    try DatasetFile.withContents(path: path) { input, _ in
      DatasetReading.validate(input, name: path, strict: strict)
    }
  }

  /// Validates a dataset held in memory; `name` stands for the file in messages.
  public static func validate(bytes: [UInt8], name: String, strict: Bool = false)
    -> ValidationReport
  {
    bytes.withUnsafeBufferPointer { DatasetReading.validate($0, name: name, strict: strict) }
  }
}
