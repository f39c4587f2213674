import Foundation
import KnooppuntModel
import KnooppuntWords

/// Settings fixed at start-up.
public struct AppOptions: Hashable, Sendable {
    public var language: Language
    public var color: Bool
    public var today: Day
    public init(language: Language = .nl, color: Bool = true, today: Day = .today) {
        (self.language, self.color, self.today) = (language, color, today)
    }
}

/// The section being worked on, with the file revision it was read or last saved at.
public struct OpenSection: Hashable, Sendable {
    public var slug: String
    public var section: Section
    public var revision: Int
}

/// Everything the interface shows and remembers; a value, so undo is keeping earlier values.
public struct AppState: Hashable, Sendable {
    public var options: AppOptions
    public var sections: [SectionSummary]
    /// The picker's lines, including files that do not read.
    public var entries: [PickerEntry]
    public var open: OpenSection?
    public var screen: ScreenKind = .board
    var picker = PickerState()
    var board = BoardState()
    var agenda = AgendaState()
    var editor: EditorState?
    var meeting = MeetingState()
    var mine = MyInitiativesState()
    var people = PeopleState()
    public var networks = NetworksScreen()
    public var sociogram = SociogramScreen()
    var thermometer = ThermometerState()
    var dimensies = DimensiesState()
    var review = ReviewState()
    var interventies = InterventiesState()
    var groslijst = GroslijstState()
    /// This machine's record of which anonymous instrument answers are whose; nil when the file could
    /// not be read, and then no answer is entered here (a new ledger would orphan the old answers).
    public var responses: ResponseLedger? = ResponseLedger()
    /// Who this machine's user is per section (section file name → person), read at start from the
    /// machine's state directory; 6 Mijn opens on that person.
    public var chosenPeople: [String: UUID] = [:]
    /// How people are named on screen (Ctrl-P): in full, by initials or by pseudonyms. Only drawing
    /// uses it; the section itself keeps the names.
    public var naming: NameDisplay = .fullNames
    var surveyImport = SurveyImportState()
    var conflicts = ConflictsState()
    /// The initiative filter, shared by the board and the jaaragenda (`/`; Esc clears it).
    public var filter = ""
    public var dialog: Dialog?
    public var helpVisible = false
    /// The line at the bottom: the last thing that happened, or nil for the main keys.
    public var status: String?
    public var statusIsError = false
    /// Earlier section values (undo) and undone ones (redo). Every change goes through `change`.
    public var undoStack: [Section] = []
    public var redoStack: [Section] = []
    /// A save is on its way; a change made meanwhile is saved when it returns (one writer at a time,
    /// always with the newest revision).
    public var saveInFlight = false
    public var unsavedChange = false
    /// The file changed on disk since we read it: saving stops until the user reloads.
    public var conflict: String?
    /// The data directory is a git repository shared with colleagues (F5 syncs; quitting syncs first).
    public var shared = false
    /// The open section is viewed read-only: changes are refused before they are made.
    public var readOnly = false
    /// `q` was pressed while a change was not saved yet: the program waits for the save's outcome.
    public var quitting = false
    /// The user chose to quit without their last changes: the program ends with a non-zero status.
    public var droppedWork = false
    /// When a failed save is tried again (its cause, a full disk, may have gone).
    public var saveRetryAt: Double?
    public var width = 80
    public var height = 24
    /// Seconds since the epoch of the last tick (meeting timer).
    public var now: Double = 0
    public var listedOnce = false

    public init(options: AppOptions, sections: [SectionSummary]) {
        self.options = options
        self.sections = sections
        self.entries = sections.map { .readable($0) }
    }

    public var context: ScreenContext {
        ScreenContext(
            language: options.language, color: options.color, sharedScreen: screen == .meeting,
            showSensitive: false, today: options.today)
    }

    var theme: Theme { Theme(color: options.color) }
    var guidance: StepGuidance { StepGuidance.forLanguage(options.language) }
    var words: Words { options.language.words }

    /// A change that is not on disk: a save on its way, one that failed, or one refused by a conflict.
    public var hasUnsavedWork: Bool {
        open != nil && (unsavedChange || saveInFlight || conflict != nil)
    }

    /// The section on screen; an empty one before anything is open (views then draw nothing).
    public var section: Section { open?.section ?? Section(name: "") }

    mutating func say(_ text: String, error: Bool = false) {
        status = text
        statusIsError = error
    }

    /// What cannot be done here, and why: the reason as an error on the status line, and no effects.
    mutating func refuse(_ text: String) -> [Effect] {
        say(text, error: true)
        return []
    }
}
