import KnooppuntModel

// STUB with the agreed signatures: the network issue fills this screen in.
public struct SociogramScreen: Hashable, Sendable {
    public init() {}
    /// True while a text field has the keyboard: the app then passes every key here (also q and 1-5).
    public var isEditingText: Bool { false }
    public mutating func handle(_ event: Event, section: inout Section, context: ScreenContext) -> ScreenOutcome {
        .ignored
    }
    public func render(_ section: Section, into grid: inout Grid, area: Rect, context: ScreenContext) {
        grid.put(context.text("Nog niet gebouwd.", "Not built yet."), x: area.x, y: area.y, clip: area)
    }
    public func keyHelp(_ context: ScreenContext) -> [KeyHelp] { [] }
}
