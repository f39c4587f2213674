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
                c.text("hechtheid", "density") + " \(MetricsReport.percent(m.density)), "
                    + c.text("wederkerigheid", "reciprocity") + " \(MetricsReport.percent(m.reciprocity)), "
                    + (m.subgroups.isEmpty
                        ? c.text("geen duidelijke subgroepen", "no clear subgroups")
                        : c.text("subgroepen", "subgroups") + " \(m.subgroups.count)"),
                .dim
            ))
        guard let sel = view.selected, let i = f.index(of: sel) else {
            // An empty sociogram says how to start instead of showing an empty drawing.
            if s.memberIDs.isEmpty {
                out.append(
                    (
                        c.text(
                            "Nog niemand doet mee: a = persoon erbij (uit de sectie of van buiten).",
                            "Nobody takes part yet: a = add a person (from the section or outside)."), .plain
                    ))
            } else if m.ties == 0 {
                out.append(
                    (
                        c.text(
                            "Nog geen keuzes in deze meting: s = sociomatrix om een papieren enquête in te voeren, of knooppunt import survey.",
                            "No choices in this measurement yet: s = sociomatrix to enter a paper survey, or knooppunt import survey."
                        ), .plain
                    ))
            }
            out.append(
                (
                    c.text(
                        "Pijltjes kiezen een persoon; i = cijfers met uitleg.",
                        "Arrows select a person; i = figures explained."), .dim
                ))
            return out
        }
        let role = m.roles[i]
        if EcogramPicture.hidesSensitive(c), role == .isolated || role == .peripheral {
            // A shared screen never puts a name beside a sensitive position.
            out.append((f.names[i], .bold))
            out.append(
                (
                    c.text(
                        "positie verborgen op gedeeld scherm (! toont)",
                        "position hidden on a shared screen (! shows)"), .dim
                ))
        } else {
            out.append(("\(f.names[i]): \(NetworkPalette.roleName(role, c))", .bold))
            if let e = RoleWording(role: role.rawValue).explanation {
                out.append((c.language == .nl ? e.dutch : e.english, .plain))
            }
        }
        let chose = f.graph.successors[i].map { f.names[$0] }
        let chosenBy = f.graph.predecessors[i].map { f.names[$0] }
        out.append(
            (c.text("kiest: ", "chooses: ") + (chose.isEmpty ? "–" : chose.joined(separator: ", ")), .plain))
        out.append(
            (
                c.text("gekozen door: ", "chosen by: ")
                    + (chosenBy.isEmpty ? "–" : chosenBy.joined(separator: ", ")), .plain
            ))
        out.append(
            (
                c.text("tussenpositie ", "betweenness ") + MetricsReport.decimal(m.betweenness[i], c)
                    + c.text(", ingesloten ", ", constraint ")
                    + (m.constraint[i].map { MetricsReport.decimal($0, c) } ?? "–"), .dim
            ))
        if !EcogramPicture.hidesSensitive(c) {
            if let status = f.status {
                out.append(
                    (c.text("status: ", "status: ") + MetricsReport.statusName(status[i].status, c), .dim))
            }
            if let p = section.person(sel), !p.privateNote.isEmpty {
                out.append((c.text("Notitie: ", "Note: ") + p.privateNote, .dim))
            }
        }
        return out
    }
}
