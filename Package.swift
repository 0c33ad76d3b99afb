// swift-tools-version: 6.1
import PackageDescription

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
    .target(name: "CMemoryHints"),
    .target(name: "KnowledgeGraph", dependencies: ["CMemoryHints"]),
    .target(name: "Scripting", dependencies: ["KnowledgeGraph"]),
    .target(name: "Browser", dependencies: ["KnowledgeGraph"]),
    .systemLibrary(
      name: "CNcursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .target(name: "Terminal", dependencies: ["KnowledgeGraph", "Browser", "CNcursesw"]),
    .executableTarget(
      name: "kg",
      dependencies: [
        "KnowledgeGraph", "Scripting", "Browser", "Terminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "kg-bench", dependencies: ["KnowledgeGraph", "Browser"]),
    .target(name: "PropertyGraph", dependencies: ["KnowledgeGraph"]),
    .executableTarget(name: "pg-bench", dependencies: ["KnowledgeGraph", "PropertyGraph"]),
    .testTarget(
      name: "KnowledgeGraphTests", dependencies: ["KnowledgeGraph"],
      exclude: ["Fixtures", "Malformed"]),
    .testTarget(
      name: "ScriptingTests", dependencies: ["Scripting", "KnowledgeGraph"],
      exclude: ["Fixtures", "Golden"]),
    .testTarget(
      name: "BrowserTests", dependencies: ["Browser", "KnowledgeGraph"], exclude: ["Snapshots"]),
    .testTarget(
      name: "PropertyGraphTests", dependencies: ["PropertyGraph", "KnowledgeGraph"],
      exclude: ["Fixtures", "Malformed"]),
    .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Browser", "CNcursesw"]),
    .testTarget(name: "EndToEndTests", dependencies: ["kg"], exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
