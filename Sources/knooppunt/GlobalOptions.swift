import ArgumentParser

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "Folder with the section files (default: $KNOOPPUNT_DATA_DIR, else $XDG_DATA_HOME/knooppunt, else ~/.local/share/knooppunt).",
            valueName: "dir"))
    var dataDir: String?
}
