import KnooppuntWords

/// What a name typed on the command line names, for the sentence that refuses it.
enum TypedName {
    case section, school, schoolYear, group

    /// The name's own words, as the subject of `cliNameRefused`.
    func words(_ say: Words) -> String {
        switch self {
        case .section: say.cliSectionNameTyped
        case .school: say.cliSchoolNameTyped
        case .schoolYear: say.cliSchoolYearTyped
        case .group: say.cliGroupNameTyped
        }
    }
}
