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
            return Self.noNetwork(key, adding: "ai", context.words.createANetworkAnalysisFirstWith)
        }
        let a = section.networks.analyses[i]
        switch key {
        case .character("a"):
            return ask(.newSchakel, context.words.nameOfTheLinkPerson)
        case .character("i"):
            return ask(.newIngredient, context.words.ingredient)
        case .character("x"), .delete:
            guard let sel = view.selected else { return .handled }
            if a.schakel(sel) != nil {
                section.networks.analyses[i].removeSchakel(sel)
            } else if a.ingredient(sel) != nil {
                section.networks.analyses[i].removeIngredient(sel)
            } else {
                return .message(context.words.theInitiativeInTheCentreStays)
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
                return .message(context.words.selectALinkPersonFirst)
            }
            awaitingPosition = true
            return .message(context.words.positionIPSLG)
        case .character("t"), .enter:
            return drawTie(section: &section, context: context)
        case .character("b"):
            guard section.applyInvolvement(from: a) else {
                return .message(context.words.thisAnalysisBelongsToNoInitiative)
            }
            return .message(context.words.initiativeSInvolvedPeopleUpdatedStep)
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

    /// The network analysis's details pane: what it is for and holds, else the selected schakel or
    /// ingredient.
    func analysisDetails(
        _ a: NetworkAnalysis, in section: Section, context c: ScreenContext, showPrivate: Bool
    )
        -> [(text: String, style: Style)]
    {
        var out: [(String, Style)] = []
        let open = a.unconnectedIngredients.count
        // Which initiative the tablecloth is for, while nothing is selected (the pane is short at
        // 80×24 and a selected schakel needs its lines): step 2 of the stappenplan reads it.
        if view.selected == nil || view.selected == AnalysisPicture.centreID(a) {
            if let initiative = a.initiativeID.flatMap({ section.initiative($0) }) {
                out.append((c.words.initiativeNetwerkanalyse + initiative.title, .plain))
            } else {
                out.append((c.words.noInitiativeYetKLinks, .dim))
            }
        }
        out.append(
            (
                c.words.withoutALink(
                    count: a.schakels.count,
                    linkNoun: a.schakels.count == 1 ? c.words.nounLink : c.words.nounLinks,
                    count2: a.ingredients.count,
                    ingredientNoun: a.ingredients.count == 1
                        ? c.words.nounIngredient : c.words.nounIngredients,
                    open: open), .dim
            ))
        if a.schakels.isEmpty && a.ingredients.isEmpty {
            out.append(emptyHint(c.words.stillEmptyAAddALink, else: c.words.stillEmpty))
        }
        guard let sel = view.selected else { return out }
        if let s = a.schakel(sel) {
            let positions =
                s.positions.isEmpty
                ? c.words.noPositionYet + (showsKeyHints ? "; p)" : ")")
                : " (\(s.positionLetters))"
            out.append((AnalysisPicture.name(of: s, in: section) + positions, .bold))
            let ingredients = s.ingredientIDs.compactMap { a.ingredient($0)?.name }
            if !ingredients.isEmpty {
                out.append(
                    (c.words.connects + ingredients.joined(separator: ", "), .plain))
            }
            // The contact story (step 4) is read here and written with s, in a dialog of several lines.
            if !s.story.isEmpty {
                out.append((c.words.story + s.story, .plain))
            } else if showsKeyHints {
                out.append(
                    (c.words.noStoryYetSWriteOne, .dim))
            }
        } else if let i = a.ingredient(sel) {
            out.append((i.name + " (" + i.kind.label(c.words) + ")", .bold))
            let via = a.schakels.filter { $0.ingredientIDs.contains(i.id) }.map {
                AnalysisPicture.name(of: $0, in: section)
            }
            out.append(
                (
                    via.isEmpty
                        ? c.words.noLinkYet
                        : c.words.via + via.joined(separator: ", "), .plain
                ))
        } else {
            out.append((AnalysisPicture.title(a, in: section), .bold))
            if showPrivate && !a.privateNote.isEmpty {
                out.append((c.words.note + a.privateNote, .dim))
            }
        }
        return out
    }
}
