import KnowledgeGraph

/// A small crafted graph that exercises what the browser must show: a hub
/// with many relations, Chinese aliases, provenance, a symmetric type, a
/// long description with a tab and a newline, and hostile strings.
enum Fixture {
  static let graph: Graph = build()
  /// The same graph with IRIs for ids, as an endpoint names its entities.
  static let iriGraph: Graph = build(idPrefix: iriPrefix)
  static let iriPrefix = "https://example.org/"

  static func entity(_ id: String) -> EntityIndex {
    graph.entityIndex(forID: id)!
  }

  private static let entities: [(id: String, name: String, type: String, aliases: [String])] = [
    ("alibaba", "Alibaba Group", "Company", ["阿里巴巴", "Alibaba"]),
    ("alimama", "Alimama", "Company", ["阿里妈妈"]),
    ("ant", "Ant Group", "Company", ["蚂蚁集团", "Ant Financial"]),
    ("damo", "DAMO Academy", "Research Lab", ["达摩院"]),
    ("cainiao", "Cainiao", "Company", ["菜鸟"]),
    ("lazada", "Lazada", "Company", []),
    ("youku", "Youku", "Company", ["优酷"]),
    ("ucweb", "UCWeb", "Company", []),
    ("aliyun", "Alibaba Cloud", "Company", ["阿里云", "Aliyun"]),
    ("taobao", "Taobao", "Marketplace", ["淘宝"]),
    ("tmall", "Tmall", "Marketplace", ["天猫"]),
    (
      "ustc", "University of Science and Technology of China", "University",
      ["中国科学技术大学", "USTC", "中国科大"]
    ),
    ("zju", "Zhejiang University", "University", ["浙江大学"]),
    ("hangzhou", "Hangzhou", "City", ["杭州"]),
    ("hefei", "Hefei", "City", ["合肥"]),
    ("shanghai", "Shanghai", "City", ["上海"]),
    ("china", "China", "Country", ["中国", "PRC"]),
    ("smic", "SMIC", "Company", ["中芯国际"]),
    ("tencent", "Tencent", "Company", ["腾讯"]),
    ("baidu", "Baidu", "Company", ["百度"]),
    ("jackma", "Jack Ma", "Person", ["马云"]),
    ("cafe", "Cafe\u{301} ☕ Labs", "Company", []),
    ("hostile", "Zeta\u{1B}[2J\u{1B}]0;pwned\u{07}", "Test", ["\u{202E}evil"]),
    ("pku", "北京大学", "University", ["Peking University", "PKU"]),
    ("bytedance", "字节跳动", "Company", ["ByteDance"]),
    ("beijing", "Beijing", "City", ["北京"]),
  ]

  private static func build(idPrefix: String = "") -> Graph {
    var builder = GraphBuilder()
    for entity in entities {
      _ = builder.addEntity(
        id: idPrefix + entity.id, name: entity.name, type: entity.type, aliases: entity.aliases,
        description: descriptions[entity.id], attributes: attributes[entity.id] ?? [])
    }
    declareTypes(&builder)
    for (from, type, to, source, quote) in relations {
      let typeIndex = builder.relationType(forKey: type)
      builder.addRelation(
        from: builder.entityIndex(forID: idPrefix + from)!, type: typeIndex,
        to: builder.entityIndex(forID: idPrefix + to)!, source: source, quote: quote, attributes: []
      )
    }
    let metadata = DatasetMetadata(
      title: "China tech fixture", description: nil,
      sources: [
        Source(
          key: "reuters", title: "Alibaba to split into six units", publisher: "Reuters",
          published: "2023-03-28", url: nil),
        Source(key: "background", title: nil, publisher: nil, published: nil, url: nil),
      ])
    return builder.build(metadata: metadata).graph
  }

  private static func declareTypes(_ builder: inout GraphBuilder) {
    builder.declareRelationType(
      key: "subsidiary_of", label: "subsidiary of", inverseLabel: "has subsidiary",
      isSymmetric: false)
    builder.declareRelationType(
      key: "located_in", label: "located in", inverseLabel: "location of", isSymmetric: false)
    builder.declareRelationType(
      key: "founded_by", label: "founded by", inverseLabel: "founder of", isSymmetric: false)
    builder.declareRelationType(
      key: "partner_of", label: "partner of", inverseLabel: nil, isSymmetric: true)
    builder.declareRelationType(
      key: "collaborates_with", label: "collaborates with", inverseLabel: "collaborates with",
      isSymmetric: false)
    builder.declareRelationType(
      key: "operates", label: "operates", inverseLabel: "operated by", isSymmetric: false)
  }

  private static let descriptions: [String: String] = [
    "alibaba":
      "Chinese multinational technology company specializing in e-commerce, retail, Internet and technology.\n\tFounded in 1999 in Hangzhou by Jack Ma and 17 friends.",
    "damo":
      "Alibaba's global research institute for fundamental science and disruptive technology.",
    "ustc": "中国科学技术大学是中国科学院所属的一所以前沿科学和高新技术为主的大学。",
    "hostile": "Line one\u{1B}[31m red\u{1B}[0m\nLine\u{7}two\u{9B}",
  ]

  private static let attributes: [String: [Attribute]] = [
    "alibaba": [
      Attribute(key: "founded", value: .number("1999")),
      Attribute(key: "headquarters", value: .string("Hangzhou, Zhejiang")),
      Attribute(key: "listed", value: .array([.string("NYSE"), .string("HKEX")])),
    ],
    "ustc": [Attribute(key: "founded", value: .number("1958"))],
  ]

  private static let relations:
    [(from: String, type: String, to: String, source: String?, quote: String?)] = [
      ("alimama", "subsidiary_of", "alibaba", "background", nil),
      (
        "ant", "subsidiary_of", "alibaba", "reuters",
        "Ant Group, the fintech affiliate of Alibaba, was spun off before the restructuring."
      ),
      (
        "damo", "subsidiary_of", "alibaba", "reuters",
        "DAMO Academy, Alibaba's research arm, will sit inside the cloud intelligence group."
      ),
      ("cainiao", "subsidiary_of", "alibaba", "reuters", "Cainiao Smart Logistics becomes a unit."),
      ("lazada", "subsidiary_of", "alibaba", nil, nil),
      ("youku", "subsidiary_of", "alibaba", nil, nil),
      ("ucweb", "subsidiary_of", "alibaba", nil, nil),
      ("aliyun", "subsidiary_of", "alibaba", "reuters", "Cloud Intelligence Group"),
      ("alibaba", "operates", "taobao", nil, nil),
      ("alibaba", "operates", "tmall", nil, nil),
      ("alibaba", "located_in", "hangzhou", nil, nil),
      (
        "alibaba", "founded_by", "jackma", "background", "Jack Ma founded Alibaba in his apartment."
      ),
      ("alibaba", "partner_of", "tencent", nil, nil),
      ("baidu", "partner_of", "alibaba", nil, nil),
      ("damo", "collaborates_with", "ustc", nil, "\u{1B}]0;pwned\u{07}joint lab\u{202E}"),
      ("damo", "collaborates_with", "zju", nil, nil),
      ("ustc", "located_in", "hefei", nil, nil),
      ("zju", "located_in", "hangzhou", nil, nil),
      ("hangzhou", "located_in", "china", nil, nil),
      ("hefei", "located_in", "china", nil, nil),
      ("shanghai", "located_in", "china", nil, nil),
      ("smic", "located_in", "shanghai", nil, nil),
      ("tencent", "located_in", "china", nil, nil),
      ("hostile", "located_in", "china", nil, nil),
      ("cafe", "located_in", "hangzhou", nil, nil),
      ("pku", "located_in", "beijing", nil, nil),
      ("bytedance", "located_in", "beijing", nil, nil),
      ("beijing", "located_in", "china", nil, nil),
      ("damo", "collaborates_with", "pku", nil, nil),
    ]
}
