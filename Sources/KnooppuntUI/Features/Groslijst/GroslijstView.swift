import Foundation
import KnooppuntModel

/// One person's groslijst as text: the contacts they have, then those they would like, each with its
/// mark (+ positive, − negative), area, note, and the analyses in which it is a schakel. On a shared
/// screen negative contacts and notes stay hidden (counted, never named) until `!`. Used by the
/// Groslijst screen and `knooppunt show groslijst`.
public struct GroslijstView: ContextView {
    public var section: Section
    public var ownerID: UUID
    public var context: ScreenContext
    /// The highlighted entry (an index into `visible`) on the screen; nil when printed.
    public var selected: Int?

    public init(section: Section, ownerID: UUID, context: ScreenContext, selected: Int? = nil) {
        (self.section, self.ownerID, self.context, self.selected) = (section, ownerID, context, selected)
    }

    var hides: Bool { EcogramPicture.hidesSensitive(context) }

    public var list: Groslijst { section.instruments.groslijst(of: ownerID) ?? Groslijst(ownerID: ownerID) }

    /// The entries shown, in screen order: present first, then wished-for; negatives left out when
    /// sensitive data is hidden.
    public var visible: [GroslijstEntry] {
        list.entriesInOrder.filter { !hides || $0.positive }
    }

    /// The analyses in which this contact is a schakel already.
    func schakelIn(_ e: GroslijstEntry) -> [String] {
        let key = NameKey(e.shownName(in: section))
        return section.networks.analyses.filter { a in
            a.schakels.contains { s in
                if let p = e.personID { return s.personID == p }
                return s.personID == nil && NameKey(s.name) == key
            }
        }.map(\.name)
    }

    func entryLine(_ e: GroslijstEntry) -> String {
        var text =
            (hides ? "" : (e.positive ? "+ " : "− ")) + e.shownName(in: section) + " ("
            + e.area.name(context.words) + ")"
        let schakels = schakelIn(e)
        if !schakels.isEmpty {
            text += context.words.linkIn + schakels.joined(separator: ", ")
        }
        if !hides, !e.note.isEmpty { text += " — " + e.note.replacingOccurrences(of: "\n", with: " ") }
        return text
    }

    public func lines() -> [(String, Style)] {
        let owner = section.person(ownerID)?.name ?? "?"
        var out: [(String, Style)] = [
            (context.words.longListGroslijst + owner, theme.title),
            (
                context.words.contactsYouHaveAndWouldLike, theme.muted
            ),
        ]
        let shown = visible
        var row = 0
        for wished in [false, true] {
            out.append(("", .plain))
            out.append(
                (
                    wished ? context.words.wishedFor : context.words.now,
                    theme.header
                ))
            let part = shown.filter { $0.wished == wished }
            if part.isEmpty { out.append(("  " + context.words.nobodyYet, theme.muted)) }
            for e in part {
                let isSelected = row == selected
                let style: Style = isSelected ? theme.selection : (wished ? theme.muted : .plain)
                out.append(((isSelected ? "▸ " : "  ") + entryLine(e), style))
                row += 1
            }
        }
        let hidden = list.entries.count - shown.count
        if hidden > 0 {
            out.append(("", .plain))
            out.append(
                (
                    context.words.contactSMarkedNegativeAndThe(hidden: hidden), theme.muted
                ))
        }
        return out
    }

    public func printed(width: Int) -> Grid { PrintedText.grid(lines(), width: width) }
}
