// swift-tools-version: 6.1
import PackageDescription

// One package; the arrows point one way:
// knooppunt → KnooppuntTerminal → KnooppuntUI → KnooppuntGraph, KnooppuntModel, and
// knooppunt → KnooppuntExchange → KnooppuntGraph, KnooppuntModel.
// The UI never imports KnooppuntExchange: it asks for an import or export as an Effect, and the
// executable carries it out, so the file formats stay out of the interface code.
let package = Package(
    name: "knooppunt",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "knooppunt", targets: ["knooppunt"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // No `pkgConfig:` here: pkg-config's cflags for ncursesw carry -D_DEFAULT_SOURCE and
        // -D_XOPEN_SOURCE=600, which SwiftPM drops with a warning on every build. shim.h defines what is
        // needed and module.modulemap links ncursesw; the Makefile checks `pkg-config --exists ncursesw`.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Data files (demo section, step guidance, man page) live in the top-level Resources/ folder.
        .target(
            name: "KnooppuntResources",
            path: "Resources",
            exclude: ["knooppunt.1"],
            resources: [.copy("demo"), .copy("guidance")]
        ),
        // Every text the program shows: one table per language (Tables/nl.words, Tables/en.words),
        // turned into Swift at build time by WordsGenerator through the WordsPlugin.
        .executableTarget(name: "WordsGenerator"),
        .plugin(name: "WordsPlugin", capability: .buildTool(), dependencies: ["WordsGenerator"]),
        .target(name: "KnooppuntWords", exclude: ["Tables"], plugins: ["WordsPlugin"]),
        .target(name: "KnooppuntModel", dependencies: ["KnooppuntWords"]),
        .target(name: "KnooppuntGraph"),
        // The outside world's formats: one CSV reader, the edge list, the survey, the analyse report.
        .target(
            name: "KnooppuntExchange", dependencies: ["KnooppuntModel", "KnooppuntGraph", "KnooppuntWords"]),
        .target(
            name: "KnooppuntUI",
            dependencies: ["KnooppuntModel", "KnooppuntGraph", "KnooppuntResources", "KnooppuntWords"]
        ),
        .target(
            name: "KnooppuntTerminal",
            dependencies: ["KnooppuntUI", "CNcurses"]
        ),
        .executableTarget(
            name: "knooppunt",
            dependencies: [
                "KnooppuntModel", "KnooppuntGraph", "KnooppuntExchange", "KnooppuntUI",
                "KnooppuntTerminal", "KnooppuntResources", "KnooppuntWords",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: figures beside reference tools (NetworkX, igraph, Graphviz), see README.
        .executableTarget(
            name: "KnooppuntBench",
            dependencies: ["KnooppuntModel", "KnooppuntGraph", "KnooppuntUI", "KnooppuntResources"]
        ),
        // A child process for the store's crash test: saves in a loop until the test kills it.
        .executableTarget(name: "StoreCrashProbe", dependencies: ["KnooppuntModel"]),
        .testTarget(
            name: "KnooppuntModelTests",
            dependencies: ["KnooppuntModel", "KnooppuntResources", "StoreCrashProbe"]
        ),
        .testTarget(name: "KnooppuntGraphTests", dependencies: ["KnooppuntGraph"]),
        .testTarget(
            name: "KnooppuntExchangeTests",
            dependencies: ["KnooppuntExchange", "KnooppuntModel", "KnooppuntGraph"]
        ),
        .testTarget(
            name: "KnooppuntUITests",
            dependencies: ["KnooppuntUI", "KnooppuntModel", "KnooppuntGraph", "KnooppuntResources"]
        ),
        .testTarget(name: "KnooppuntTerminalTests", dependencies: ["KnooppuntTerminal", "KnooppuntUI"]),
        // Runs the built `knooppunt` binary as a user would (command line, exit codes, files).
        .testTarget(name: "KnooppuntCLITests", dependencies: ["knooppunt", "KnooppuntModel", "KnooppuntUI"]),
    ],
    swiftLanguageModes: [.v6]
)
