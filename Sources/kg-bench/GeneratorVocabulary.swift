/// Words the dataset generator draws from, so that names, descriptions and
/// aliases have the lengths and character mix of real data.
enum GeneratorVocabulary {
  static let syllables = [
    "al", "ba", "ta", "ne", "ko", "ri", "xi", "an", "zhou", "mei", "tech", "sun", "lin", "vo",
    "da", "qi", "ra", "po", "lu", "sen", "wei", "hua", "tor", "ex", "io", "ma", "ka", "ven",
  ]
  static let nameSuffixes = [
    "Group", "Labs", "Technologies", "Robotics", "Capital", "AI", "Cloud", "Research Institute",
    "University", "Foundation", "Holdings", "Co., Ltd.", "Systems", "", "", "",
  ]
  static let words = [
    "the", "company", "develops", "large", "language", "models", "for", "enterprise", "customers",
    "and", "research", "in", "computer", "vision", "based", "Hangzhou", "Beijing", "founded", "by",
    "former", "engineers", "of", "a", "leading", "cloud", "platform", "that", "invests", "open",
    "source", "chips", "training", "inference", "autonomous", "driving", "e-commerce", "payments",
    "logistics", "subsidiary", "partnership", "with", "announced", "2023", "billion", "yuan",
  ]
  static let hanzi = Array("阿里巴巴云智能达摩院通义千问淘宝天猫蚂蚁集团菜鸟钉钉优酷高德飞猪盒马饿了么平头哥").map(String.init)
  static let entityTypes: [(name: String, weight: Int)] = [
    ("Company", 40), ("Person", 25), ("Product", 15), ("Lab", 8), ("Paper", 6), ("City", 3),
    ("Fund", 3),
  ]
  static let industries = ["advertising", "cloud computing", "semiconductors", "retail", "finance"]
  static let tags = ["ai", "llm", "vision", "robotics", "chips", "search", "ads", "payments"]
  /// Relation types with declared labels; weights skew the type distribution.
  static let relationTypes:
    [(key: String, label: String, inverse: String?, symmetric: Bool, weight: Int)] = [
      ("subsidiary_of", "subsidiary of", "has subsidiary", false, 20),
      ("invested_in", "invested in", "investor", false, 15),
      ("partner_of", "partner of", nil, true, 15),
      ("works_at", "works at", "employs", false, 14),
      ("founded", "founded", "founded by", false, 8),
      ("develops", "develops", "developed by", false, 8),
      ("competes_with", "competes with", nil, true, 6),
      ("located_in", "located in", "location of", false, 6),
      ("authored", "authored", "author", false, 4),
      ("acquired", "acquired", "acquired by", false, 2),
      ("cites", "cites", "cited by", false, 1),
      ("mentors", "mentors", "mentored by", false, 1),
    ]
}
