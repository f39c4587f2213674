/// The styles of every kind of thing on screen. Each role differs from the others by an attribute
/// (bold, underline, reverse, dim) before any colour is added, so that NO_COLOR and monochrome
/// terminals still show every distinction; colour only adds to it.
public struct Theme: Hashable, Sendable {
    public var color: Bool

    public init(color: Bool) { self.color = color }

    private func paint(_ style: Style) -> Style { color ? style : style.withoutColor }

    public var title: Style { paint(Style(foreground: .cyan, bold: true)) }
    public var header: Style { paint(Style(foreground: .cyan, bold: true, underline: true)) }
    public var selectedHeader: Style {
        paint(Style(foreground: .black, background: .cyan, bold: true, reverse: !color))
    }
    public var selection: Style { paint(Style(foreground: .black, background: .yellow, reverse: !color)) }
    /// The selection while the screen is not the one receiving keys (e.g. behind a dialog).
    public var faintSelection: Style { paint(Style(underline: true)) }
    public var warning: Style { paint(Style(foreground: .red, bold: true)) }
    public var overdue: Style { paint(Style(foreground: .red, bold: true, underline: true)) }
    public var muted: Style { paint(Style(foreground: .white, dim: true)) }
    public var statusBar: Style { paint(Style(foreground: .black, background: .white, reverse: !color)) }
    public var message: Style { paint(Style(foreground: .yellow, bold: true)) }
    public var dialog: Style { paint(Style(foreground: .white, background: .blue)) }
    public var dialogTitle: Style {
        paint(Style(foreground: .yellow, background: .blue, bold: true, underline: !color))
    }
    public var cursor: Style { Style(reverse: true) }
    public var banner: Style {
        paint(Style(foreground: .white, background: .blue, bold: true, reverse: !color))
    }
    /// Column colours of the jaaragenda; each column also has its own letter (P, T, E, R).
    public func column(_ index: Int) -> Style {
        let colors: [Color] = [.magenta, .blue, .green, .yellow]
        return paint(Style(foreground: colors[index % colors.count]))
    }
}
