import KnooppuntModel
import KnooppuntWords

/// The interface language: Dutch by default, English with `--lang en` or an English LANG.
public enum Language: String, Hashable, Sendable, CaseIterable {
    case nl, en

    /// "en_GB.UTF-8" → .en; anything else (or nothing) → .nl, since the users are Dutch teachers.
    public static func from(environment: [String: String]) -> Language {
        // POSIX order; an empty variable counts as unset (LC_ALL= LANG=en_GB gives English).
        let lang =
            ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return lang.hasPrefix("en") ? .en : .nl
    }

    /// The table of words in this language.
    public var words: Words { Words(isEnglish: self == .en) }
}

/// What a screen needs to know about its surroundings besides the section itself.
public struct ScreenContext: Hashable, Sendable {
    public var language: Language
    /// False with NO_COLOR or a monochrome terminal: screens must then tell everything by letters,
    /// bold, underline and reverse video.
    public var color: Bool
    /// True on the shared screen (meeting mode, projector): private notes and negative ties stay hidden
    /// unless `showSensitive` is switched on.
    public var sharedScreen: Bool
    public var showSensitive: Bool
    public var today: Day

    public init(
        language: Language = .nl, color: Bool = true, sharedScreen: Bool = false,
        showSensitive: Bool = false, today: Day = .today
    ) {
        self.language = language
        self.color = color
        self.sharedScreen = sharedScreen
        self.showSensitive = showSensitive
        self.today = today
    }

    /// The words of the interface in its language.
    public var words: Words { language.words }

    /// What the status line says after `!` on a projected screen.
    public func sensitiveMessage(revealed: Bool) -> String {
        revealed
            ? words.sensitiveDataShownNegativeTiesNotes
            : words.sensitiveDataHidden
    }

    /// The context of a screen that is projected in meetings (the network pictures): always shared,
    /// with sensitive data only when the app shows it everywhere or the screen's own `!` asked for it.
    public func projected(revealing reveal: Bool) -> ScreenContext {
        var c = self
        c.sharedScreen = true
        c.showSensitive = showSensitive || reveal
        return c
    }
}

/// What a sub-screen did with an event; global keys (1-5, q, ?, u, Ctrl-R) go to the app when `.ignored`.
public enum ScreenOutcome: Hashable, Sendable {
    case handled
    case ignored
    /// Handled, with a line for the status bar.
    case message(String)
    /// The screen wants to close (Esc at its top level).
    case close
}

/// A view drawn in a `ScreenContext`, on a screen or printed by `knooppunt show`: its styles and the
/// stappenplan's wording follow from the context alone.
protocol ContextView {
    var context: ScreenContext { get }
}

extension ContextView {
    var theme: Theme { Theme(color: context.color) }
    var guidance: StepGuidance { StepGuidance.forLanguage(context.language) }
}
