// swift-tools-version: 6.1
import PackageDescription

/// Release builds optimise across module boundaries, so the hot loops that
/// call into `Parallel` and `KnowledgeGraph` from other targets inline as they
/// did when everything was one module.
let crossModule: [SwiftSetting] = [
  .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))
]

let package = Package(
  name: "kg",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "kg", targets: ["kg"]),
    .executable(name: "kg-bench", targets: ["kg-bench"]),
    .library(name: "KnowledgeGraph", targets: ["KnowledgeGraph"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // Layer 0: machinery with no knowledge of graphs: memory, cores, files.
    .target(name: "CMemoryHints"),
    .target(name: "CCurl", linkerSettings: [.linkedLibrary("curl")]),
    .target(name: "Parallel", swiftSettings: crossModule),
    .target(name: "FileInput", swiftSettings: crossModule),
    .target(name: "SessionStore", swiftSettings: crossModule),
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CBzip2", providers: [.apt(["libbz2-dev"])]),
    // Layer 1: the model — graph, builder, queries, paths.
    .target(
      name: "KnowledgeGraph", dependencies: ["Parallel", "CMemoryHints"],
      swiftSettings: crossModule),
    // Layer 2: what reads, indexes and writes the model.
    .target(
      name: "JSONDataset", dependencies: ["KnowledgeGraph", "FileInput", "Parallel"],
      swiftSettings: crossModule),
    .target(
      name: "GraphSearch", dependencies: ["KnowledgeGraph", "Parallel", "CMemoryHints"],
      swiftSettings: crossModule),
    .target(name: "GraphExport", dependencies: ["KnowledgeGraph"], swiftSettings: crossModule),
    .target(
      name: "RDF",
      dependencies: [
        "KnowledgeGraph", "FileInput", "Parallel", "CMemoryHints", "CZlib", "CBzip2",
      ],
      swiftSettings: crossModule),
    .executableTarget(name: "rdf-bench", dependencies: ["RDF"], swiftSettings: crossModule),
    .target(
      name: "PropertyGraph",
      dependencies: ["KnowledgeGraph", "FileInput", "Parallel", "CMemoryHints"],
      swiftSettings: crossModule),
    .target(
      name: "GraphFormats",
      dependencies: ["KnowledgeGraph", "FileInput", "JSONDataset", "RDF", "PropertyGraph"],
      swiftSettings: crossModule),
    .target(
      name: "SPARQL",
      dependencies: ["KnowledgeGraph", "FileInput", "RDF", "GraphSearch", "SessionStore", "CCurl"],
      swiftSettings: crossModule),
    // Layer 3: front ends.
    .target(
      name: "Scripting", dependencies: ["KnowledgeGraph", "GraphSearch", "JSONDataset"],
      swiftSettings: crossModule),
    .target(
      name: "Browser", dependencies: ["KnowledgeGraph", "GraphSearch", "Parallel"],
      swiftSettings: crossModule),
    .systemLibrary(
      name: "CNcursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(
      name: "Terminal",
      dependencies: [
        "KnowledgeGraph", "GraphSearch", "GraphExport", "JSONDataset", "RDF", "Browser",
        "SessionStore", "SPARQL", "CNcursesw",
      ],
      swiftSettings: crossModule),
    .executableTarget(
      name: "kg",
      dependencies: [
        "KnowledgeGraph", "FileInput", "JSONDataset", "GraphFormats", "RDF", "PropertyGraph",
        "GraphSearch", "GraphExport", "Scripting", "Terminal", "SessionStore", "SPARQL",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: crossModule
    ),
    .executableTarget(
      name: "kg-bench",
      dependencies: [
        "KnowledgeGraph", "FileInput", "JSONDataset", "GraphFormats", "RDF", "GraphSearch",
        "GraphExport", "Browser", "SPARQL", "Terminal", "TestEndpoints",
      ],
      swiftSettings: crossModule),
    .target(name: "GraphFixtures", dependencies: ["KnowledgeGraph"], path: "Tests/GraphFixtures"),
    .target(name: "HTTPStub", path: "Tests/HTTPStub"),
    .target(name: "TestEndpoints", dependencies: ["HTTPStub"], path: "Tests/TestEndpoints"),
    .testTarget(
      name: "KnowledgeGraphTests",
      dependencies: ["KnowledgeGraph", "JSONDataset", "GraphFixtures", "Parallel"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "JSONDatasetTests",
      dependencies: ["JSONDataset", "KnowledgeGraph", "FileInput"],
      exclude: ["Malformed"]),
    .testTarget(
      name: "GraphSearchTests",
      dependencies: ["GraphSearch", "KnowledgeGraph", "JSONDataset", "GraphFixtures", "Parallel"]),
    .testTarget(
      name: "ScriptingTests",
      dependencies: ["Scripting", "KnowledgeGraph", "JSONDataset", "GraphSearch", "GraphExport"],
      exclude: ["Fixtures", "Golden"]),
    .testTarget(
      name: "BrowserTests",
      dependencies: ["Browser", "KnowledgeGraph", "GraphSearch", "JSONDataset", "GraphFixtures"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "RDFWritingTests", dependencies: ["RDF", "KnowledgeGraph", "JSONDataset"],
      exclude: ["Golden"]),
    .testTarget(name: "SessionStoreTests", dependencies: ["SessionStore"]),
    .testTarget(
      name: "PropertyGraphTests",
      dependencies: ["PropertyGraph", "KnowledgeGraph", "FileInput", "JSONDataset", "GraphExport"],
      exclude: ["Fixtures", "Malformed"]),
    .testTarget(
      name: "TerminalTests", dependencies: ["Terminal", "Browser", "KnowledgeGraph", "CNcursesw"]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["kg", "TestEndpoints"], exclude: ["Fixtures"]),
    .testTarget(
      name: "RDFTests", dependencies: ["RDF", "GraphFixtures", "JSONDataset"], exclude: ["W3C"]),
    .testTarget(
      name: "RDFMappingTests",
      dependencies: [
        "RDF", "KnowledgeGraph", "FileInput", "GraphSearch", "JSONDataset", "GraphFormats",
      ]),
    .testTarget(
      name: "SPARQLTests",
      dependencies: [
        "SPARQL", "HTTPStub", "TestEndpoints", "GraphFixtures", "RDF", "KnowledgeGraph",
        "JSONDataset", "SessionStore",
      ]),
  ],
  swiftLanguageModes: [.v6]
)
