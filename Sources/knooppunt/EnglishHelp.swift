/// The help texts in English (see `HelpText`).
extension HelpText {
    /// The help in English.
    var english: String {
        switch self {
        case .analyse: "Print the network metrics of an edge list (CSV with the columns source and target)."
        case .analyseDiscussion:
            """
            The file is CSV with a header row naming the columns source and target (or bron and doel, van \
            and naar; any order), optionally topic (onderwerp) and weight (gewicht). It is read as \
            knooppunt import survey reads files: comma, semicolon or tab separated; UTF-8 (with or without \
            a byte order mark), UTF-16 or Windows-1252. Every row is one tie from source to target; names \
            are the people. \
            Figures: hechtheid (density), wederkerigheid (reciprocity), components, isolates, subgroups \
            (Louvain, fixed seed) with their modularity, and per person in- and out-degree, betweenness and \
            role. A faulty file gives one line naming the line of the file, and exit status 2.
            """
        case .analyseFile:
            "The edge list: a CSV file with a header row naming source and target (or bron and doel)."
        case .analyseUndirected: "Read ties as undirected links instead of directed choices."
        case .analyseJson: "Print the figures as one JSON object instead of text."
        case .analyseTopic:
            "Only use the rows whose topic column is this topic; everyone in the file stays a node."
        case .conflicts: "List a section's open merge conflicts, or decide one."
        case .conflictsId: "Decide the conflict with this id (the first column of the list)."
        case .conflictsKeep: "With --id: keep the current value or take the other one."
        case .demo:
            "Create the demo section \"Sectie Engels\" (slug sectie-engels): the English section from the case study of the method."
        case .demoDiscussion:
            """
            Seven teachers, four initiatives at their steps with histories, six meetings and the jaaragenda \
            of figure 3.3. Without --force an existing section sectie-engels is never touched and the \
            command fails; with --force it is replaced and the old file kept as an earlier version (see `knooppunt restore`).
            """
        case .demoForce:
            "Replace an existing sectie-engels section with a fresh demo (the old file is kept as a backup)."
        case .dimensies: "Record one member's crosses on the eleven indicators of the dimensieraamwerk."
        case .dimensiesDiscussion:
            """
            Eleven positions from 0 (the first pole) to 10 (the second), in the order 1a 1b 2a 2b 3a 3b \
            3c 4a 4b 4c 4d (see `knooppunt show dimensies` for the poles). It is a conversation tool, \
            not a test: no position is right or wrong. As with the thermometer the section keeps the \
            answer without the person and this machine keeps which answer is theirs.
            """
        case .dimensiesScores: "Eleven positions 0-10 in the order 1a-4d."
        case .exportAgenda: "The agenda of one meeting, to mail to the section."
        case .meetingNumber: "The meeting number (overleg N)."
        case .exportCalendar:
            "The meetings (and with --with-tasks the routine tasks) as an iCalendar (.ics) file."
        case .exportCalendarDiscussion:
            """
            Each meeting keeps its UID; when a meeting changed since the previous export on this machine, \
            its SEQUENCE rises, so calendars update the event instead of adding a second one. What was \
            exported last is remembered in $XDG_STATE_HOME/knooppunt (else ~/.local/state/knooppunt).
            """
        case .exportCalendarWithTasks: "Also the routine tasks, as to-dos with their due date."
        case .export:
            "Export an agenda, minutes, the jaaragenda, an initiative, the calendar, a network or an instrument."
        case .exportDiscussion:
            """
            Every export writes to standard output unless -o FILE is given. Negative ties and private notes \
            are left out unless asked for (--sensitive, --private); --pseudonyms replaces every name by a \
            stable pseudonym.
            """
        case .exportInitiative:
            "One page about an initiative: owner, goal, approach, trial, experiences, history, people."
        case .exportThermometer:
            "The relatie-thermometer: per group and round the counts per score and the means."
        case .exportThermometerGroup: "Only this group (default: every group)."
        case .exportDimensies:
            "The dimensieraamwerk: per round and indicator the crosses per place and the mean."
        case .exportReview: "The half-year review as one page."
        case .exportInterventies: "The interventions agreed on each sociogram measurement."
        case .exportJaaragenda: "The year agenda: every meeting with its four columns."
        case .exportMinutes:
            "The minutes (notulen) of one meeting: who was there, notes, decisions, action points."
        case .exportNetwork:
            "A sociogram, ecogram or network analysis for Gephi, yEd, Graphviz, a spreadsheet or print."
        case .exportNetworkDiscussion:
            """
            Positions are the ones the screen shows. CSV gives the nodes table, --ties the ties table and \
            --matrix the sociomatrix. Negative ties and private notes are left out unless --sensitive or \
            --private is given.
            """
        case .exportNetworkSociogram: "A sociogram, by (part of) its name."
        case .exportNetworkEcogram: "An ecogram, by (part of) its name."
        case .exportNetworkAnalysis: "A network analysis, by (part of) its name."
        case .exportNetworkTopic: "Sociogram only: one topic; default all topics together."
        case .exportNetworkMeasurement:
            "Sociogram only: the measurement by its date (YYYY-MM-DD or DD-MM-YYYY) or number (1 = first); default the latest."
        case .exportNetworkFormat: "gexf, graphml, dot, svg or csv."
        case .exportNetworkGexf: "GEXF version: 1.3 (default) or 1.2 (for NetworkX and older readers)."
        case .exportNetworkTies: "CSV: the ties table instead of the nodes table."
        case .exportNetworkMatrix: "CSV: the sociomatrix (who chose whom) instead of the nodes table."
        case .exportNetworkSensitive: "Include negative ties (R, negative questions)."
        case .exportNetworkPrivateNotes: "Include private notes."
        case .exportOutput:
            "Write to this file (replaced whole, never half-written) instead of standard output."
        case .exportPseudonyms: "Give every person a stable pseudonym instead of their name."
        case .forget: "Erase a person from a section, its notes and its kept versions on this machine."
        case .forgetDiscussion:
            """
            Removes the person and every reference to them (initiator, involved, task owner, networks), \
            replaces their full name, a first name only they have and their initials where a text \
            mentions them by [naam verwijderd], and rewrites the section's kept versions on this machine \
            the same way. Without --yes it lists what would change and asks (or, without a terminal, \
            changes nothing). Copies elsewhere (colleagues' laptops, a shared folder, git history) are out \
            of reach and are named at the end.
            """
        case .forgetPerson:
            "The person: full name, initials, first name or surname (case and accents do not matter)."
        case .withoutAsking: "Do it without asking."
        case .globalDataDir:
            "Folder with the section files (default: $KNOOPPUNT_DATA_DIR, else $XDG_DATA_HOME/knooppunt, else ~/.local/share/knooppunt)."
        case .globalLang:
            "Language of the messages, views and exports: nl or en (default: from LANG, else nl)."
        case .groslijst: "Keep a person's long list of contacts (present and wished for) before an ecogram."
        case .groslijstDiscussion:
            """
            Each contact is present or wished for, positive or negative, with a note. Wished-for contacts \
            are drawn dashed in the person's ecogram; `schakel` makes a contact a schakel of a network \
            analysis in one step. Negative marks and notes are sensitive: `show groslijst` leaves them out \
            unless --sensitive is given.
            """
        case .groslijstTargetPerson: "Whose list: a person of the section."
        case .groslijstTargetContact: "The contact: a person of the section or any name."
        case .groslijstAdd: "Put a contact on a person's long list."
        case .groslijstAddWished: "A contact the person would like to have (default: one they have)."
        case .groslijstAddNegative: "Mark the contact negative (sensitive)."
        case .groslijstAddNote: "A note (sensitive)."
        case .groslijstEdit: "Change a contact: present or wished for, positive or negative, the note."
        case .groslijstEditKind: "now or wished."
        case .groslijstEditMark: "positive or negative."
        case .groslijstEditNote: "The note (empty clears it)."
        case .groslijstRemove: "Take a contact off a person's long list."
        case .groslijstSchakel: "Make a contact a schakel of a network analysis in one step."
        case .groslijstSchakelAnalysis: "The network analysis (its name, or part of it)."
        case .importData: "Import data into a section."
        case .importPeople:
            "Import a staff list (CSV): update the people it names, add new ones, remove nobody."
        case .importPeopleDiscussion:
            """
            Columns: Naam (or Voornaam, Tussenvoegsel, Achternaam), Afkorting or Initialen, Vak; every other \
            column (bouw, team, gender, …) becomes an attribute, used by the sociogram's colouring and E-I \
            index. People are matched by the person lookup (full name, initials, first name, surname; case, \
            accents and IJ folded). Names are never changed and nobody is removed. A name that fits several \
            people, or two rows for one person, stop the import. Read as the survey import reads files.
            """
        case .importPeopleFile: "The staff list as a spreadsheet wrote it."
        case .importPeopleDryRun: "Show what would change; write nothing."
        case .importSurvey: "Import a sociogram survey (a form's CSV export): one topic per question column."
        case .importSurveyDiscussion:
            """
            Reads the export as it comes: UTF-8 (with or without BOM), UTF-16 (Excel's Unicode text) or \
            Windows-1252; comma, semicolon or tab separated. The columns Microsoft Forms, Google Forms and \
            LimeSurvey add (ID, Begintijd/Start time, Tijd van voltooien/Completion time, E-mail, \
            Tijdstempel/Timestamp, …) are ignored; the respondent's column is found by its header (Naam, \
            Name, Wat is je naam?) or named with --name-column. Each other column is a question; its topic \
            comes from the question's text ("… advies over didactiek?" → didactiek), from --column, or from \
            --topic when there is one question. Cells with several names are split on ; and on commas. \
            Names are matched to the section's people ignoring case, accents and IJ, by full name, \
            initials, first name or surname; a name that matches nobody stops the import (with a \
            suggestion when one is close) unless --add-unknown or --skip-unknown. The measurement is the \
            one dated within the file's completion times, else a new one dated the latest of them. A \
            respondent who answered twice counts once, with the latest answer. Importing the same file \
            twice changes nothing. --dry-run shows all this and writes nothing.
            """
        case .importSurveyFile: "The CSV file as the form tool or spreadsheet wrote it."
        case .importSurveyTopic: "The topic of the file's only question, e.g. zorg."
        case .importSurveyNameColumn: "The header (or letter) of the column with the respondent's name."
        case .importSurveyColumns: "The topic of one question column, by its header or letter (repeatable)."
        case .importSurveyMeasurement:
            "Add to the existing measurement of this date (2027-01-15 or 15-1-2027)."
        case .importSurveyNewMeasurement: "Start a new measurement on this date (2027-01-15 or 15-1-2027)."
        case .importSurveySociogram:
            "The sociogram to import into (default: the first; one is made when there is none)."
        case .importSurveyAddUnknown: "Add names that match nobody as new people of the section."
        case .importSurveySkipUnknown: "Leave out names that match nobody, and list them."
        case .importSurveyDryRun: "Show how the file is read and what would be imported; write nothing."
        case .respondentPerson:
            "Who answers: full name, initials, first name or surname (case and accents do not matter)."
        case .respondentDate: "The day of the round (default: today)."
        case .interface: "Open the interface (also what `knooppunt` alone does)."
        case .interfaceDiscussion:
            """
            Keys: ? help · q quit (everything is already saved) · 1 stappenplan · 2 jaaragenda · \
            m meeting mode · u undo · Ctrl-R redo. NO_COLOR=1 draws without colour.
            """
        case .interfaceSection:
            "Open this section at once (its file name without .json, as `knooppunt sections` shows)."
        case .interventie: "Record what the section agreed to do after a sociogram measurement."
        case .interventieDiscussion:
            """
            Interventions belong to one measurement of a sociogram (default: the first sociogram and its \
            latest measurement). `knooppunt show interventies` lists them with their numbers and what \
            changed by the next measurement.
            """
        case .interventionSociogram: "The sociogram (default: the first)."
        case .measurementNumber: "Which measurement, 1 = the first; default the latest."
        case .numberedInterventionNumber: "Which intervention, as numbered by `show interventies`."
        case .interventieAdd: "Agree a new intervention on a measurement."
        case .interventieAddWhat: "What the section will do."
        case .interventieAddWho:
            "Who takes it up: a person of the section (full name, initials, first name) or words such as \"the mentors\"."
        case .interventieAddBy: "By when, e.g. 2027-03-15 or 15-3-2027."
        case .interventieEdit: "Change what, who or by when of an intervention (empty clears who and by)."
        case .interventieEditWho: "Who takes it up (empty: nobody in particular)."
        case .interventieEditBy: "By when (empty: no date)."
        case .interventieDone: "Mark an intervention done (or open again with --undo)."
        case .interventieDoneUndo: "Mark it open again."
        case .interventieRemove: "Remove an intervention."
        case .knooppunt:
            "Network learning for a teacher section: stappenplan, jaaragenda, ecogram and sociogram."
        case .mergeDriver:
            "Merge three versions of a section file (git calls this; see `knooppunt share init`)."
        case .mergeDriverBase: "The common ancestor's file (%O)."
        case .mergeDriverOurs: "Our version (%A); the result is written here."
        case .mergeDriverTheirs: "Their version (%B)."
        case .mergeDriverPath: "The file's path in the repository (%P), for messages."
        case .networkShowName: "Which network, by (part of) its name; default the first."
        case .networkShowHeight: "Height of the drawing in rows (12-500)."
        case .networkShowSensitive: "Also show negative ties and private notes (never on a shared screen)."
        case .newSection: "Create an empty section and print its slug (the name of its file)."
        case .newSectionDiscussion:
            """
            The slug is made from the name: lowercase letters, digits and hyphens, accents folded \
            ("Sectie Économie" → sectie-economie). Names are at most 200 characters and may not contain \
            control or text-direction characters.
            """
        case .newSectionName: "The section's name, e.g. \"Sectie Frans\"."
        case .newSectionSchool: "The school's name."
        case .newSectionSchoolYear: "The school year, e.g. 2026-2027."
        case .purge: "Remove sociogram measurements and kept versions older than a date."
        case .purgeDiscussion:
            """
            Lists what goes and asks first (--yes does it without asking). The measurements go from the \
            section and from its kept versions; kept versions saved before the date are deleted.
            """
        case .purgeBefore: "Remove what is older than this day (YYYY-MM-DD or DD-MM-YYYY)."
        case .restore: "List a section's kept versions, or go back to the one kept at a time."
        case .restoreDiscussion:
            """
            Versions are kept on this machine at every save: all of the last 15 minutes, one an hour for \
            two days, one a day for 60 days, and always the newest 20. Times are local.
            """
        case .restoreList: "List the kept versions with what each differs from the section now."
        case .restoreAt: "Go back to the newest version kept at or before this local time."
        case .sectionSection: "The section's slug or name (see `knooppunt sections`)."
        case .sections: "List the sections: slug, name, number of people, initiatives and meetings."
        case .sectionsDiscussion:
            """
            A file that cannot be read is listed too, with one line on stderr naming the file and the \
            place of the fault; the other sections are still listed, and the exit status is then 1 so \
            that scripts notice.
            """
        case .sectionsJson: "Print JSON: {\"sections\": [...], \"unreadable\": [{\"slug\", \"error\"}]}."
        case .share: "Share the data directory with colleagues through git."
        case .shareInit:
            "Make the data directory a shared git repository (or adopt one), optionally with a remote."
        case .shareInitRemote:
            "Where colleagues share it: any git remote (a bare repository on a share, a server)."
        case .shareClone: "Get a shared data directory from its remote and register the merge driver."
        case .shareCloneUrl: "The shared repository (any git remote)."
        case .show: "Print a view as plain text (for reports, mail and scripts)."
        case .showDimensies: "Print the dimensieraamwerk: where the crosses fall per indicator, per round."
        case .roundsJson: "Print the rounds as JSON."
        case .showEcogram: "Print an ecogram: a person's network in rings, with relation letters (K G E R)."
        case .showEcogramDiscussion:
            "Negative ties (R) and private notes are left out unless --sensitive is given."
        case .showGroslijst: "Print a person's long list of contacts, present and wished for."
        case .showGroslijstDiscussion: "Negative marks and notes are left out unless --sensitive is given."
        case .showGroslijstSensitive: "Show negative marks and notes."
        case .showInitiative: "Print one initiative with every field, its history and experiences."
        case .chosenInitiative:
            "The initiative: its id, its title, or a unique part of the title of three letters or more (case and accents do not matter)."
        case .showInterventies:
            "Print the interventions agreed on a sociogram measurement and what changed by the next one."
        case .showInterventiesJson: "Print the interventions as JSON."
        case .showJaaragenda: "Print the jaaragenda: meetings as rows, the four columns of the year agenda."
        case .showJaaragendaFormat: "text (the agenda), tsv or json (one line or object per entry)."
        case .showMeeting: "Print one meeting: its items by column and the routine tasks."
        case .showMeetingNumber: "The meeting number (overleg K)."
        case .showMetrics: "Print a sociogram's figures, each with what it means for the section."
        case .showNetwerkanalyse:
            "Print a network analysis: the initiative, its schakels (i p s l g) and ingredients."
        case .showPerson: "Print one person's initiatives: step, what is next, next meeting."
        case .showPersonName:
            "The person: full name, initials, first name, surname, or a part of the name (case and accents do not matter)."
        case .showPersonShowPrivate: "Also print the person's private note (not for sharing)."
        case .showReview:
            "Print the half-year review: open initiatives, passed target dates, meeting evaluations, the latest instrument rounds, successes."
        case .showSociogram: "Print a sociogram: who chooses whom, per topic or all topics together."
        case .showSociogramDiscussion:
            "Negative choices and private notes are left out unless --sensitive is given."
        case .sociogramSelectionTopic: "Only this topic (e.g. zorg); default all topics together."
        case .showStappenplan: "Print the stappenplan board: every initiative in its step."
        case .showStappenplanDiscussion:
            "Text is the board of the interface in bands of columns; `!` marks a step whose record is missing."
        case .showStappenplanFormat: "text (the board), tsv or json (one line or object per initiative)."
        case .showStappenplanDropped: "Also show dropped (losgelaten) initiatives in the text board."
        case .showThermometer:
            "Print the relatie-thermometer of a group: spread and mean per statement, per round."
        case .showThermometerGroup: "The group (default: the whole section)."
        case .showViewWidth: "Width of the text in columns (40-1000)."
        case .showViewPseudonyms:
            "Name people by stable pseudonyms instead of their names (for a projector or a report)."
        case .showViewInitials: "Name people by their initials instead of their names."
        case .step: "Move an initiative to the next or an earlier step, or close or drop it."
        case .stepDiscussion:
            """
            Allowed: forward one step, back to any earlier step (back --to 8 after step 10 for another \
            trial), close from step 9 or 10, drop from any step, and back from a closed or dropped \
            initiative to reopen it. A step whose record is still empty (owner at 1, people involved at 2, \
            goal and date at 4, trial agreements at 8, experiences at 9, a closing criterion to close) stops \
            a forward move or a close unless --force is given. The move is saved with the revision that was \
            read: if someone else saved the section meanwhile, nothing is written and you are told to retry.
            """
        case .stepMove: "next, back, close or drop."
        case .stepTo: "With back: the step (0-10) to go back to, e.g. 8 for another trial."
        case .stepNote: "A note for the history: what was decided, or why."
        case .stepOn:
            "The day of the move, YYYY-MM-DD or DD-MM-YYYY (default: today); not before the last recorded change. A day after today asks first (or needs --yes)."
        case .stepForce: "Move even though records the step asks for are still empty."
        case .stepYes: "With --on: accept a day after today without asking."
        case .sync:
            "Share local changes and take in colleagues' (git), or merge a synced folder's conflict copies."
        case .syncMessage: "The commit message (default: a summary of what changed)."
        case .thermometer: "Record one member's relatie-thermometer scores and print their sum and band."
        case .thermometerDiscussion:
            """
            Four scores from 1 to 5, in the order trust (vertrouwen), norms (normen), working agreements \
            (werkafspraken), identification (identificatie). The sum (4-20) falls in band 1 (4-8, nearly \
            bankrupt), 2 (9-13, average) or 3 (14-20, rich in relations). The section file keeps the \
            answer under a random id without the person; this machine keeps which id is theirs (in \
            $XDG_STATE_HOME/knooppunt), so answering again in the same round changes the answer.
            """
        case .thermometerGroup:
            "The group kept in mind (default: the whole section); a new name starts a new group."
        case .thermometerScores: "Four scores 1-5, e.g. 4,3,5,2."
        case .thermometerJson: "Print {\"sum\": N, \"band\": 1|2|3} instead of a sentence."
        }
    }
}
