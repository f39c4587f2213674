import ArgumentParser

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: "Folder with the section files (default: $KNOOPPUNT_DATA_DIR, $XDG_DATA_HOME/knooppunt or ~/.local/share/knooppunt).")
    var dataDir: String?
}
