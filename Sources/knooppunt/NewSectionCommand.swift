import ArgumentParser
import KnooppuntModel

/// `knooppunt new-section NAME`: creates an empty section and prints its slug.
struct NewSectionCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        .command("new-section", \.helpNewSection, discussion: \.helpNewSectionDiscussion)
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(\.helpNewSectionName)) var name: String

    @Option(help: ArgumentHelp(\.helpNewSectionSchool)) var school: String?

    @Option(
        name: .customLong("school-year"), help: ArgumentHelp(\.helpNewSectionSchoolYear, valueName: "year"))
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
