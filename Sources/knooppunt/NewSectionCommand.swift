import ArgumentParser
import KnooppuntModel

/// `knooppunt new-section NAME`: creates an empty section and prints its slug.
struct NewSectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-section",
        abstract: "Create an empty section and print its slug (the name of its file).",
        discussion: """
            The slug is made from the name: lowercase letters, digits and hyphens, accents folded \
            ("Sectie Économie" → sectie-economie). Names are at most 200 characters and may not contain \
            control or text-direction characters.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The section's name, e.g. \"Sectie Frans\".")
    var name: String

    @Option(help: "The school's name.")
    var school: String?

    @Option(
        name: .customLong("school-year"),
        help: ArgumentHelp("The school year, e.g. 2026-2027.", valueName: "year"))
    var schoolYear: String?

    func validate() throws {
        _ = try CommandSupport.validName(name, what: .section)
        if let school { _ = try CommandSupport.validName(school, what: .school) }
        if let schoolYear { _ = try CommandSupport.validName(schoolYear, what: .schoolYear) }
    }

    func run() throws {
        let section = Section(
            name: try CommandSupport.validName(name, what: .section),
            school: try school.map { try CommandSupport.validName($0, what: .school) } ?? "",
            schoolYear: try schoolYear.map { try CommandSupport.validName($0, what: .schoolYear) } ?? "")
        let stored = try global.openStore().create(section)
        CommandSupport.emit(stored.slug + "\n")
    }
}
