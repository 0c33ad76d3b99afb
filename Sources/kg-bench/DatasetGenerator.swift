#if canImport(Glibc)
  import Glibc
#endif

/// Writes a deterministic dataset-format-v1 file shaped like real data:
/// names of varied length, about a third with a Chinese alias, descriptions of
/// 10 to 40 words, attributes, and five relations per entity whose targets
/// follow a skewed degree distribution, with twenty hubs of 10k+ relations at 1M.
struct DatasetGenerator {
  let entityCount: Int
  let relationsPerEntity = 5
  let hubCount = 20
  private var random: SeededRandom
  private var output: [UInt8] = []
  private let file: UnsafeMutablePointer<FILE>

  init?(entityCount: Int, seed: UInt64, path: String) {
    guard let file = fopen(path, "w") else { return nil }
    self.entityCount = entityCount
    self.file = file
    random = SeededRandom(seed: seed)
    output.reserveCapacity(1 << 22)
  }

  mutating func write() {
    emit("{\n  \"kg\": 1,\n  \"title\": \"Generated benchmark graph\",\n")
    emit("  \"sources\": {\n")
    emit(
      "    \"article\": { \"title\": \"Alibaba's AI push\", \"publisher\": \"Example News\" },\n")
    emit("    \"background\": { \"title\": \"General background knowledge\" }\n  },\n")
    writeRelationTypes()
    emit("  \"entities\": [\n")
    for entity in 0..<entityCount {
      writeEntity(entity)
      emit(entity + 1 < entityCount ? ",\n" : "\n")
    }
    emit("  ],\n  \"relations\": [\n")
    let relationCount = entityCount * relationsPerEntity
    for relation in 0..<relationCount {
      writeRelation(from: relation / relationsPerEntity)
      emit(relation + 1 < relationCount ? ",\n" : "\n")
    }
    emit("  ]\n}\n")
    flush()
    fclose(file)
  }

  private mutating func writeRelationTypes() {
    emit("  \"relationTypes\": {\n")
    let types = GeneratorVocabulary.relationTypes
    for (position, type) in types.enumerated() {
      emit("    \"\(type.key)\": { \"label\": \"\(type.label)\"")
      if let inverse = type.inverse { emit(", \"inverse\": \"\(inverse)\"") }
      if type.symmetric { emit(", \"symmetric\": true") }
      emit(position + 1 < types.count ? " },\n" : " }\n")
    }
    emit("  },\n")
  }

  private static func id(_ entity: Int) -> String { "e" + String(entity, radix: 36) }

  private mutating func writeEntity(_ entity: Int) {
    emit(
      "{\"id\":\"\(Self.id(entity))\",\"name\":\"\(name())\",\"type\":\"\(entityType())\"")
    if random.chance(1.0 / 3) { emit(",\"aliases\":[\"\(chineseAlias())\"]") }
    emit(",\"description\":\"\(description())\"")
    writeAttributes()
    emit("}")
  }

  private mutating func name() -> String {
    let wordCount = 1 + random.below(3)
    var words: [String] = []
    for _ in 0..<wordCount {
      let syllableCount = 1 + random.below(3)
      let word = (0..<syllableCount).map { _ in pick(GeneratorVocabulary.syllables) }.joined()
      words.append(word.prefix(1).uppercased() + word.dropFirst())
    }
    let suffix = pick(GeneratorVocabulary.nameSuffixes)
    return (words + (suffix.isEmpty ? [] : [suffix])).joined(separator: " ")
  }

  private mutating func chineseAlias() -> String {
    (0..<(2 + random.below(5))).map { _ in pick(GeneratorVocabulary.hanzi) }.joined()
  }

  private mutating func description() -> String {
    var words = (0..<(10 + random.below(31))).map { _ in pick(GeneratorVocabulary.words) }
    if random.chance(0.05) { words[0] = "\\\"" + words[0] + "\\\"" }
    return words.joined(separator: " ")
  }

  private mutating func entityType() -> String {
    let types = GeneratorVocabulary.entityTypes
    var roll = random.below(types.reduce(0) { $0 + $1.weight })
    for type in types {
      if roll < type.weight { return type.name }
      roll -= type.weight
    }
    return types[0].name
  }

  private mutating func writeAttributes() {
    var attributes: [String] = []
    if random.chance(0.6) { attributes.append("\"founded\": \(1950 + random.below(74))") }
    if random.chance(0.5) {
      attributes.append("\"industry\":\"\(pick(GeneratorVocabulary.industries))\"")
    }
    if random.chance(0.3) {
      let tags = (0..<(1 + random.below(3))).map { _ in "\"\(pick(GeneratorVocabulary.tags))\"" }
      attributes.append("\"tags\":[\(tags.joined(separator: ", "))]")
    }
    if random.chance(0.2) { attributes.append("\"public\": \(random.chance(0.5))") }
    guard !attributes.isEmpty else { return }
    emit(",\"attributes\":{\(attributes.joined(separator: ","))}")
  }

  private mutating func writeRelation(from: Int) {
    let to = target()
    emit(
      "{\"from\":\"\(Self.id(from))\",\"type\":\"\(relationType())\",\"to\":\"\(Self.id(to))\""
    )
    if random.chance(0.3) {
      emit(",\"source\":\"\(random.chance(0.5) ? "article" : "background")\"")
    }
    if random.chance(0.05) { emit(",\"quote\":\"\(description())\"") }
    emit("}")
  }

  /// 5% of relations point at one of the hubs; the rest follow a power law
  /// over entity numbers, so low-numbered entities have high degree.
  private mutating func target() -> Int {
    if random.chance(0.05) { return random.below(min(hubCount, entityCount)) }
    let skewed = Int(Double(entityCount) * random.unit() * random.unit())
    return min(entityCount - 1, skewed)
  }

  private mutating func relationType() -> String {
    let types = GeneratorVocabulary.relationTypes
    var roll = random.below(types.reduce(0) { $0 + $1.weight })
    for type in types {
      if roll < type.weight { return type.key }
      roll -= type.weight
    }
    return types[0].key
  }

  private mutating func pick(_ choices: [String]) -> String { choices[random.below(choices.count)] }

  private mutating func emit(_ text: String) {
    output.append(contentsOf: text.utf8)
    if output.count >= 1 << 22 { flush() }
  }

  private mutating func flush() {
    _ = output.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
    output.removeAll(keepingCapacity: true)
  }
}
