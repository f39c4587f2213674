import ArgumentParser
import KnooppuntModel

/// The options of a command about one section: the global ones and `--section`.
struct SectionOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp(\.helpSectionSection, valueName: "slug")) var section: String

    /// The store and the section named by `--section` (see `GlobalOptions.loadSection`).
    func load() throws -> (SectionStore, StoredSection) {
        try global.loadSection(section)
    }
}

extension SectionOptions {
    /// Loads the section, lets `change` change it, and saves it when no one else saved meanwhile.
    func update<Result>(_ change: (inout Section) throws -> Result) throws -> Result {
        let (store, stored) = try load()
        var section = stored.section
        let result = try change(&section)
        _ = try Self.save(section, store: store, stored: stored)
        return result
    }

    /// Saves the section, or one sentence when someone else saved meanwhile.
    static func save(_ section: Section, store: SectionStore, stored: StoredSection) throws -> StoredSection {
        do {
            return try store.save(section, slug: stored.slug, expectedRevision: stored.revision)
        } catch StoreError.conflict(_, let expected, let found) {
            throw CommandFailure(
                say.cliSavedMeanwhile(
                    section: CommandSupport.shown(stored.section.name), found: found, expected: expected))
        }
    }
}
