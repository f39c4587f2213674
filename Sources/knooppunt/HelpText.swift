import ArgumentParser
import KnooppuntWords

// Every help text of the command line (`--help`: a command's abstract and discussion, each option's and
// argument's help) stands in the word tables under `# knooppunt/Help`, named `help…`. Declarations name
// the key (`ArgumentHelp(\.helpAnalyseFile)`); ArgumentParser builds the help from the declarations when
// a command is made, after `Knooppunt.main` fixed the language, so the help follows the same choice as
// every other sentence (see `CommandText`).

extension ArgumentHelp {
    /// An option's or argument's help in the command line's language.
    init(_ text: KeyPath<Words, String>, valueName: String? = nil) {
        self.init(CommandText.language.words[keyPath: text], valueName: valueName)
    }
}

extension CommandConfiguration {
    /// A command called `name` whose abstract and discussion are help texts in the command line's
    /// language; every command but the root is configured so.
    static func command(
        _ name: String, _ abstract: KeyPath<Words, String>, discussion: KeyPath<Words, String>? = nil,
        subcommands: [ParsableCommand.Type] = [], defaultSubcommand: ParsableCommand.Type? = nil
    ) -> CommandConfiguration {
        let words = CommandText.language.words
        return CommandConfiguration(
            commandName: name, abstract: words[keyPath: abstract],
            discussion: discussion.map { words[keyPath: $0] } ?? "",
            subcommands: subcommands, defaultSubcommand: defaultSubcommand)
    }
}
