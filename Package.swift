// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "kamervragen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kamervragen", targets: ["kamervragen"]),
        .library(name: "Kamervragen", targets: ["Kamervragen"]),
        .library(name: "SearchIndex", targets: ["SearchIndex"]),
        .library(name: "DutchText", targets: ["DutchText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The web server of `kamervragen serve` (KamervragenWeb only). Its swift-configuration support
        // is not needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
    ],
    targets: [
        // zlib, from the system (Debian: zlib1g-dev): stored question and answer texts.
        .systemLibrary(name: "SystemZlib", providers: [.apt(["zlib1g-dev"])]),
        // Pure Swift text handling: Repair (stored text) and Analysis (tokens, with our own Snowball
        // Dutch stemmer and the OpenTaal word list compiled in). No SQLite, no C library.
        .target(name: "DutchText", exclude: ["WordList/OpenTaal-LICENSE.txt"]),
        // The domain: Document, questions, answers, footnotes, and the parser. No SQLite.
        .target(name: "Kamervragen", dependencies: ["DutchText", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The only module that knows SQLite/GRDB: schema, tokenizer adapter, writer, searcher.
        .target(name: "SearchIndex", dependencies: [
            "Kamervragen", "DutchText", "SystemZlib",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // `kamervragen serve`: the search page, the document pages and the JSON API over HTTP. The only
        // module that knows Hummingbird; the core modules do not import it.
        .target(name: "KamervragenWeb", dependencies: [
            "Kamervragen", "SearchIndex",
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        // The thin executable: one subcommand per file.
        .executableTarget(name: "kamervragen", dependencies: [
            "Kamervragen", "SearchIndex", "DutchText", "KamervragenWeb",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "DutchTextTests", dependencies: ["DutchText"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KamervragenTests", dependencies: ["Kamervragen"], exclude: ["Word"], resources: [.copy("Golden")]),
        // Fixtures/ is read through #filePath (the evaluation set of `similar`).
        .testTarget(name: "SearchIndexTests", dependencies: ["SearchIndex", "Kamervragen", "DutchText",
            .product(name: "GRDB", package: "GRDB.swift")], exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: []),
        .testTarget(name: "KamervragenWebTests", dependencies: ["KamervragenWeb", "SearchIndex", "Kamervragen"]),
    ]
)
