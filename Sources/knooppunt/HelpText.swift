import ArgumentParser

/// Every help text of the command line (`--help`: a command's abstract and discussion, each option's
/// and argument's help), worded in two tables, `DutchHelp` and `EnglishHelp`, so the compiler refuses a
/// help text that has only one language. ArgumentParser builds the help from the declarations when a
/// command is made, after `Knooppunt.main` fixed the language, so the help follows the same choice as
/// every other sentence (see `CommandText`).
enum HelpText: CaseIterable {
    case analyse, analyseDiscussion, analyseFile, analyseUndirected, analyseJson, analyseTopic, conflicts
    case conflictsId, conflictsKeep, demo, demoDiscussion, demoForce, dimensies, dimensiesDiscussion
    case dimensiesScores, exportAgenda, meetingNumber, exportCalendar, exportCalendarDiscussion
    case exportCalendarWithTasks, export, exportDiscussion, exportInitiative
    case exportThermometer, exportThermometerGroup, exportDimensies, exportReview, exportInterventies
    case exportJaaragenda, exportMinutes, exportNetwork, exportNetworkDiscussion, exportNetworkSociogram
    case exportNetworkEcogram, exportNetworkAnalysis, exportNetworkTopic, exportNetworkMeasurement
    case exportNetworkFormat, exportNetworkGexf, exportNetworkTies, exportNetworkMatrix
    case exportNetworkSensitive, exportNetworkPrivateNotes, exportOutput, exportPseudonyms, forget
    case forgetDiscussion, forgetPerson, withoutAsking, globalDataDir, globalLang, groslijst
    case groslijstDiscussion, groslijstTargetPerson, groslijstTargetContact, groslijstAdd
    case groslijstAddWished, groslijstAddNegative, groslijstAddNote, groslijstEdit, groslijstEditKind
    case groslijstEditMark, groslijstEditNote, groslijstRemove, groslijstSchakel, groslijstSchakelAnalysis
    case importData, importPeople, importPeopleDiscussion, importPeopleFile, importPeopleDryRun, importSurvey
    case importSurveyDiscussion, importSurveyFile, importSurveyTopic, importSurveyNameColumn
    case importSurveyColumns, importSurveyMeasurement, importSurveyNewMeasurement, importSurveySociogram
    case importSurveyAddUnknown, importSurveySkipUnknown, importSurveyDryRun, respondentPerson
    case respondentDate, interface, interfaceDiscussion, interfaceSection, interventie
    case interventieDiscussion, interventionSociogram, measurementNumber
    case numberedInterventionNumber, interventieAdd, interventieAddWhat, interventieAddWho
    case interventieAddBy, interventieEdit, interventieEditWho, interventieEditBy, interventieDone
    case interventieDoneUndo, interventieRemove, knooppunt, mergeDriver, mergeDriverBase, mergeDriverOurs
    case mergeDriverTheirs, mergeDriverPath, networkShowName, networkShowHeight, networkShowSensitive
    case newSection, newSectionDiscussion, newSectionName, newSectionSchool, newSectionSchoolYear, purge
    case purgeDiscussion, purgeBefore, restore, restoreDiscussion, restoreList, restoreAt, sectionSection
    case sections, sectionsDiscussion, sectionsJson, share, shareInit, shareInitRemote, shareClone
    case shareCloneUrl, show, showDimensies, roundsJson, showEcogram, showEcogramDiscussion
    case showGroslijst, showGroslijstDiscussion, showGroslijstSensitive, showInitiative
    case chosenInitiative, showInterventies, showInterventiesJson, showJaaragenda
    case showJaaragendaFormat, showMeeting, showMeetingNumber, showMetrics, showNetwerkanalyse, showPerson
    case showPersonName, showPersonShowPrivate, showReview, showSociogram, showSociogramDiscussion
    case sociogramSelectionTopic, showStappenplan, showStappenplanDiscussion, showStappenplanFormat
    case showStappenplanDropped, showThermometer, showThermometerGroup, showViewWidth, showViewPseudonyms
    case showViewInitials, step, stepDiscussion, stepMove, stepTo, stepNote, stepOn, stepForce, stepYes
    case sync, syncMessage, thermometer, thermometerDiscussion, thermometerGroup, thermometerScores
    case thermometerJson

    /// The text in the command line's language.
    var text: String { CommandText.language == .en ? english : dutch }
}

extension ArgumentHelp {
    /// An option's or argument's help in the command line's language.
    init(_ text: HelpText, valueName: String? = nil) {
        self.init(text.text, valueName: valueName)
    }
}

extension CommandConfiguration {
    /// A command called `name` whose abstract and discussion are help texts in the command line's
    /// language; every command but the root is configured so.
    static func command(
        _ name: String, _ abstract: HelpText, discussion: HelpText? = nil,
        subcommands: [ParsableCommand.Type] = [], defaultSubcommand: ParsableCommand.Type? = nil
    ) -> CommandConfiguration {
        CommandConfiguration(
            commandName: name, abstract: abstract.text, discussion: discussion?.text ?? "",
            subcommands: subcommands, defaultSubcommand: defaultSubcommand)
    }
}
