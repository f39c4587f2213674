import KnooppuntModel

// STUB with the agreed signatures: the front-end issue fills in AppState, update and render.

/// Settings fixed at start-up.
public struct AppOptions: Hashable, Sendable {
    public var language: Language
    public var color: Bool
    public var today: Day
    public init(language: Language = .nl, color: Bool = true, today: Day = .today) {
        self.language = language
        self.color = color
        self.today = today
    }
}

/// Everything the interface shows and remembers; a value, so undo is keeping earlier values.
public struct AppState: Hashable, Sendable {
    public var options: AppOptions
    public var sections: [SectionSummary]
    public init(options: AppOptions, sections: [SectionSummary]) {
        self.options = options
        self.sections = sections
    }
}

/// The Elm-style core: pure functions from state and event to state, effects and a grid.
public enum App {
    /// Effects to carry out right after start (e.g. open the only section).
    public static func start(_ state: inout AppState) -> [Effect] { [] }
    public static func update(_ state: inout AppState, _ event: Event) -> [Effect] {
        if case .key(.character("q")) = event { return [.quit] }
        return []
    }
    public static func render(_ state: AppState, width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        grid.put("knooppunt", x: 0, y: 0)
        return grid
    }
}
