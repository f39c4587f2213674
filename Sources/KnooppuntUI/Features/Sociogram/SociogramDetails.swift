import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The picture sub-view's details pane: the selected person's choices and positions.
extension SociogramScreen {
    func details(_ s: Sociogram, figures f: SociogramFigures, section: Section, context c: ScreenContext)
        -> [(text: String, style: Style)]
    {
        let m = f.metrics
        var out: [(String, Style)] = []
        out.append(
            (
                c.words.density + " \(MetricsReport.percent(m.density)), "
                    + c.words.reciprocity + " \(MetricsReport.percent(m.reciprocity)), "
                    + (m.subgroups.isEmpty
                        ? c.words.noClearSubgroups
                        : c.words.subgroups + " \(m.subgroups.count)"),
                .dim
            ))
        guard let sel = view.selected, let i = f.index(of: sel) else {
            // An empty sociogram says how to start instead of showing an empty drawing.
            if s.memberIDs.isEmpty {
                out.append(
                    (
                        c.words.nobodyTakesPartYetAAdd, .plain
                    ))
            } else if m.ties == 0 {
                out.append(
                    (
                        c.words.noChoicesInThisMeasurementYet, .plain
                    ))
            }
            out.append(
                (
                    c.words.arrowsSelectAPersonIFigures, .dim
                ))
            return out
        }
        let role = m.roles[i]
        if EcogramPicture.hidesSensitive(c), role == .isolated || role == .peripheral {
            // A shared screen never puts a name beside a sensitive position.
            out.append((f.names[i], .bold))
            out.append(
                (
                    c.words.positionHiddenOnASharedScreen, .dim
                ))
        } else {
            out.append(("\(f.names[i]): \(NetworkPalette.roleName(role, c))", .bold))
            if let e = RoleWording(role: role.rawValue).explanation {
                out.append((e.text(c.words), .plain))
            }
        }
        let chose = f.graph.successors[i].map { f.names[$0] }
        let chosenBy = f.graph.predecessors[i].map { f.names[$0] }
        out.append(
            (c.words.chooses + (chose.isEmpty ? "–" : chose.joined(separator: ", ")), .plain))
        out.append(
            (
                c.words.chosenBy
                    + (chosenBy.isEmpty ? "–" : chosenBy.joined(separator: ", ")), .plain
            ))
        out.append(
            (
                c.words.betweenness + MetricsReport.decimal(m.betweenness[i], c)
                    + c.words.constraint
                    + (m.constraint[i].map { MetricsReport.decimal($0, c) } ?? "–"), .dim
            ))
        if !EcogramPicture.hidesSensitive(c) {
            if let status = f.status {
                out.append(
                    (c.words.status + MetricsReport.statusName(status[i].status, c), .dim))
            }
            if let p = section.person(sel), !p.privateNote.isEmpty {
                out.append((c.words.note + p.privateNote, .dim))
            }
        }
        return out
    }
}
