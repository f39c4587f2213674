import KnooppuntModel
import KnooppuntWords

/// The sentences that say what a command did or will do: an intervention, a contact, a thermometer, what
/// `forget` erases, the section list's columns, a decided conflict and an imported survey.
extension Words {
    func interventionAgreed(_ number: Int, date: Day, sociogram: String, words: String) -> String {
        words.isEmpty
            ? cliInterventionAgreed(number: number, date: date, sociogram: sociogram)
            : cliInterventionAgreedInWords(number: number, date: date, sociogram: sociogram, words: words)
    }
    func interventionMarked(_ number: Int, done: Bool) -> String {
        done ? cliInterventionDone(number: number) : cliInterventionOpen(number: number)
    }
    func contactAdded(_ contact: String, owner: String, wished: Bool, inSection: Bool) -> String {
        let kind = wished ? cliWishedContact : cliPresentContact
        return inSection
            ? cliContactAdded(contact: contact, owner: owner, kind: kind)
            : cliContactAddedOutside(contact: contact, owner: owner, kind: kind)
    }
    func thermometerRecorded(_ person: String, sum: Int, band: ThermometerBand, group: String, day: Day)
        -> String
    {
        let name = band.name(self)
        let advice = band.advice(self)
        return group.isEmpty
            ? cliThermometerRecordedForSection(
                person: person, sum: sum, band: band.rawValue, bandName: name, advice: advice, day: day)
            : cliThermometerRecordedForGroup(
                person: person, sum: sum, band: band.rawValue, bandName: name, advice: advice, group: group,
                day: day)
    }
    /// What `forget` will do, line by line; the texts that mention the person go before the last line.
    func forgetPlan(_ person: String, section: String, mentions: Int, kept: Int) -> [String] {
        [
            cliForgetHeading(person: person, section: section), cliForgetPerson, cliForgetPrivateNote,
            mentions == 0
                ? cliForgetNoMentions
                : cliForgetMentions(count: mentions, placeholder: PersonErasure.placeholder),
            cliForgetKept(count: kept),
        ]
    }
    var sectionsHeader: [String] {
        [cliSlugColumn, cliNameColumn, cliPeopleColumn, cliInitiativesColumn, cliMeetingsColumn]
    }
    func conflictDecided(_ place: String, keepOther: Bool, left: Int) -> String {
        keepOther ? cliKeptOther(place: place, left: left) : cliKeptCurrent(place: place, left: left)
    }
    /// The two values of a conflict, as the lines under its place.
    func conflictValues(current: String, other: String, source: String, at: String) -> [String] {
        [cliConflictCurrent(current: current), cliConflictOther(other: other, source: source, at: at)]
    }
    func surveyImported(
        choices: Int, respondents: Int, topics: String, sociogram: String, date: String, column: String
    ) -> String {
        cliSurveyImported(
            choices: choices == 1 ? cliOneChoice : cliChoices(count: choices),
            respondents: respondents == 1 ? cliOneRespondent : cliRespondents(count: respondents),
            topics: topics, sociogram: sociogram, date: date, column: column)
    }
}
