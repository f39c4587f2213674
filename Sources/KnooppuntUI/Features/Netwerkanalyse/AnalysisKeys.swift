import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The network analysis's own keys and details pane (screen 3 with an analysis showing). Screen 3's
/// state and shared keys are in NetworksScreen.
extension NetworksScreen {
    mutating func handleAnalysis(_ key: Key, section: inout Section, context: ScreenContext) -> ScreenOutcome
    {
        let i = currentIndex
        guard section.networks.analyses.indices.contains(i) else {
            return key == .character("a") || key == .character("i")
                ? .message(
                    context.text(
                        "Maak eerst een netwerkanalyse met n.", "Create a network analysis first with n."))
                : .ignored
        }
        let a = section.networks.analyses[i]
        switch key {
        case .character("a"):
            prompt = NetworkPrompt(
                .newSchakel, question: context.text("Naam van de schakel:", "Name of the link person:"))
            return .handled
        case .character("i"):
            prompt = NetworkPrompt(.newIngredient, question: context.text("Ingrediënt:", "Ingredient:"))
            return .handled
        case .character("x"), .delete:
            guard let sel = view.selected else { return .handled }
            if a.schakel(sel) != nil {
                section.networks.analyses[i].removeSchakel(sel)
            } else if a.ingredient(sel) != nil {
                section.networks.analyses[i].removeIngredient(sel)
            } else {
                return .message(
                    context.text(
                        "Het initiatief in het midden blijft.", "The initiative in the centre stays."))
            }
            view.selected = AnalysisPicture.centreID(a)
            return .handled
        case .character("e"):
            guard let sel = view.selected else { return .handled }
            if let si = a.schakels.firstIndex(where: { $0.id == sel }) {
                section.networks.analyses[i].schakels[si].area = a.schakels[si].area.next
            } else if let ii = a.ingredients.firstIndex(where: { $0.id == sel }) {
                section.networks.analyses[i].ingredients[ii].kind = a.ingredients[ii].kind.next
            }
            section.networks.analyses[i].layout = a.layout.removing(sel)
            return .handled
        case .character("p"):
            guard let sel = view.selected, a.schakel(sel) != nil else {
                return .message(context.text("Kies eerst een schakel.", "Select a link person first."))
            }
            awaitingPosition = true
            return .message(context.text("Positie: i p s l g", "Position: i p s l g"))
        case .character("t"), .enter:
            return drawTie(section: &section, context: context)
        case .character("b"):
            guard section.applyInvolvement(from: a) else {
                return .message(
                    context.text(
                        "Deze analyse hoort niet bij een initiatief van de sectie.",
                        "This analysis belongs to no initiative of the section."))
            }
            return .message(
                context.text(
                    "Betrokkenen van het initiatief bijgewerkt (stap 2).",
                    "Initiative's involved people updated (step 2)."))
        default:
            return .ignored
        }
    }

    mutating func togglePosition(_ key: Key, section: inout Section, context: ScreenContext) -> ScreenOutcome
    {
        guard case .character(let ch) = key, let position = InvolvementPosition(rawValue: String(ch)),
            let sel = view.selected, section.networks.analyses.indices.contains(currentIndex),
            let si = section.networks.analyses[currentIndex].schakels.firstIndex(where: { $0.id == sel })
        else { return .handled }
        var positions = section.networks.analyses[currentIndex].schakels[si].positions
        if positions.contains(position) { positions.remove(position) } else { positions.insert(position) }
        section.networks.analyses[currentIndex].schakels[si].positions = positions
        return .handled
    }

    /// The network analysis's details pane: how to start, else the selected schakel or ingredient.
    func analysisDetails(_ section: Section, context c: ScreenContext, showPrivate: Bool) -> [(
        text: String, style: Style
    )] {
        var out: [(String, Style)] = []
        guard let a = analysis(section) else {
            return [
                (
                    c.text(
                        "Nog geen netwerkanalyse. n = nieuw voor een initiatief; daarna a = schakel (persoon) erbij, i = ingrediënt erbij, t = verbinden.",
                        "No network analysis yet. n = new for an initiative; then a = add a link (person), i = add an ingredient, t = connect."
                    ), .plain
                )
            ]
        }
        let open = a.unconnectedIngredients.count
        // Which initiative the tablecloth is for, while nothing is selected (the pane is short at
        // 80×24 and a selected schakel needs its lines): step 2 of the stappenplan reads it.
        if view.selected == nil || view.selected == AnalysisPicture.centreID(a) {
            if let initiative = a.initiativeID.flatMap({ section.initiative($0) }) {
                out.append((c.text("Initiatief: ", "Initiative: ") + initiative.title, .plain))
            } else {
                out.append((c.text("Nog geen initiatief (K koppelt)", "No initiative yet (K links)"), .dim))
            }
        }
        out.append(
            (
                c.text(
                    "\(a.schakels.count) \(a.schakels.count == 1 ? "schakel" : "schakels"), \(a.ingredients.count) \(a.ingredients.count == 1 ? "ingrediënt" : "ingrediënten"), \(open) nog zonder schakel",
                    "\(a.schakels.count) \(a.schakels.count == 1 ? "link" : "links"), \(a.ingredients.count) \(a.ingredients.count == 1 ? "ingredient" : "ingredients"), \(open) without a link"
                ), .dim
            ))
        if a.schakels.isEmpty && a.ingredients.isEmpty {
            out.append(
                (
                    showsKeyHints
                        ? c.text(
                            "Nog leeg: a = schakel (persoon) erbij, i = ingrediënt erbij, t = verbinden.",
                            "Still empty: a = add a link (person), i = add an ingredient, t = connect.")
                        : c.text("Nog leeg.", "Still empty."),
                    .plain
                ))
        }
        guard let sel = view.selected else { return out }
        if let s = a.schakel(sel) {
            let positions =
                s.positions.isEmpty
                ? c.text(" (nog geen positie", " (no position yet") + (showsKeyHints ? "; p)" : ")")
                : " (\(s.positionLetters))"
            out.append((AnalysisPicture.name(of: s, in: section) + positions, .bold))
            let ingredients = s.ingredientIDs.compactMap { a.ingredient($0)?.name }
            if !ingredients.isEmpty {
                out.append(
                    (c.text("verbindt: ", "connects: ") + ingredients.joined(separator: ", "), .plain))
            }
            // The contact story (step 4) is read here and written with s, in a dialog of several lines.
            if !s.story.isEmpty {
                out.append((c.text("Verhaal: ", "Story: ") + s.story, .plain))
            } else if showsKeyHints {
                out.append(
                    (c.text("Nog geen verhaal: s = schrijven.", "No story yet: s = write one."), .dim))
            }
        } else if let i = a.ingredient(sel) {
            out.append((i.name + " (" + i.kind.label(english: c.language == .en) + ")", .bold))
            let via = a.schakels.filter { $0.ingredientIDs.contains(i.id) }.map {
                AnalysisPicture.name(of: $0, in: section)
            }
            out.append(
                (
                    via.isEmpty
                        ? c.text("nog geen schakel", "no link yet")
                        : c.text("via ", "via ") + via.joined(separator: ", "), .plain
                ))
        } else {
            out.append((AnalysisPicture.title(a, in: section), .bold))
            if showPrivate && !a.privateNote.isEmpty {
                out.append((c.text("Notitie: ", "Note: ") + a.privateNote, .dim))
            }
        }
        return out
    }
}
