import ArgumentParser

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "Folder with the section files (default: $KNOOPPUNT_DATA_DIR, else $XDG_DATA_HOME/knooppunt, else ~/.local/share/knooppunt).",
            valueName: "dir"))
    var dataDir: String?

    /// `--data-dir "$DIR"` with DIR unset arrives as an empty text; quietly falling back to the default
    /// folder would write the user's sections somewhere they did not ask for.
    func validate() throws {
        if let dataDir, dataDir.allSatisfy(\.isWhitespace) {
            throw CommandFailure(
                "--data-dir was given an empty folder name; name a folder, or leave the option out to use the default."
            )
        }
    }
}
