import Foundation
import KnooppuntGraph
import KnooppuntModel

/// Screen 3: the section's ecograms and network analyses, one at a time (Tab switches between the two
/// kinds, [ and ] between networks of a kind). Drawn per DESIGN.md; edited with single keys so a
/// section can build a network during a meeting.
public struct NetworksScreen: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case ecogram, analysis }

    public var kind: Kind = .ecogram
    public var index: Int = 0
    public var view = PictureView()
    /// Only ties with this relation letter (ecogram).
    public var relationFilter: String?
    /// The first end of a tie being drawn (`t` on one node, then `t` on the other).
    public var tieSource: UUID?
    public var prompt: NetworkPrompt?
    /// Waiting for a position letter after `p` (network analysis).
    public var awaitingPosition = false
    /// `v`: arrows move the selected node instead of the selection; the place is saved with the network.
    public var moving = false

    /// `!`: negative ties and private notes shown on this screen. Network screens are what a section
    /// projects in a meeting, so they count as shared screens: hidden until someone asks, whatever the
    /// app says (an app-wide `showSensitive` shows them too).
    public var revealSensitive = false

    /// The context the drawing uses: always a shared screen, sensitive data only when asked for.
    func effective(_ context: ScreenContext) -> ScreenContext {
        context.projected(revealing: revealSensitive)
    }

    public init() {}

    public init(kind: Kind, index: Int = 0) {
        self.kind = kind
        self.index = index
    }

    /// True while a text field has the keyboard: the app then passes every key here (also q and 1-5).
    public var isEditingText: Bool { prompt != nil }

    // MARK: Reading the section

    func ecogram(_ s: Section) -> Ecogram? {
        s.networks.ecograms.indices.contains(index) ? s.networks.ecograms[index] : s.networks.ecograms.first
    }

    func analysis(_ s: Section) -> NetworkAnalysis? {
        s.networks.analyses.indices.contains(index) ? s.networks.analyses[index] : s.networks.analyses.first
    }

    var currentIndex: Int { max(0, index) }

    func picture(_ section: Section, context: ScreenContext) -> NetworkPicture? {
        switch kind {
        case .ecogram:
            return ecogram(section).map {
                EcogramPicture.picture($0, section: section, context: context, relation: relationFilter)
            }
        case .analysis:
            return analysis(section).map { AnalysisPicture.picture($0, section: section, context: context) }
        }
    }

    func points(_ section: Section) -> ([UUID: PlanePoint], [UUID]) {
        switch kind {
        case .ecogram:
            guard let e = ecogram(section) else { return ([:], []) }
            return (EcogramPicture.positions(e), [e.centre.id] + e.contacts.map(\.id))
        case .analysis:
            guard let a = analysis(section) else { return ([:], []) }
            return (
                AnalysisPicture.positions(a),
                [AnalysisPicture.centreID(a)] + a.schakels.map(\.id) + a.ingredients.map(\.id)
            )
        }
    }

    // MARK: Events

    public mutating func handle(_ event: Event, section: inout Section, context outer: ScreenContext)
        -> ScreenOutcome
    {
        let context = effective(outer)
        if prompt == nil, case .key(.character("!")) = event {
            revealSensitive.toggle()
            return .message(context.sensitiveMessage(revealed: revealSensitive))
        }
        if prompt != nil { return handlePrompt(event, section: &section, context: context) }
        guard case .key(let key) = event else { return .ignored }
        if awaitingPosition {
            awaitingPosition = false
            return togglePosition(key, section: &section, context: context)
        }
        let (points, order) = points(section)
        if moving, let sel = view.selected, let p = points[sel], let moved = PictureView.moved(p, key) {
            switch kind {
            case .ecogram:
                if section.networks.ecograms.indices.contains(currentIndex) {
                    section.networks.ecograms[currentIndex].layout[sel] = moved
                }
            case .analysis:
                if section.networks.analyses.indices.contains(currentIndex) {
                    section.networks.analyses[currentIndex].layout[sel] = moved
                }
            }
            return .handled
        }
        if key == .character("v") {
            moving.toggle()
            return .message(PictureView.movingMessage(moving, context))
        }
        if view.handle(key, points: points, order: order) { return .handled }
        switch key {
        case .escape:
            if tieSource != nil {
                tieSource = nil
                return .message(context.text("Lijn tekenen afgebroken.", "Tie cancelled."))
            }
            return .close
        case .tab:
            kind = kind == .ecogram ? .analysis : .ecogram
            index = 0
            view = PictureView()
            tieSource = nil
            return .handled
        case .character("]"), .character("["):
            let count = kind == .ecogram ? section.networks.ecograms.count : section.networks.analyses.count
            guard count > 0 else { return .handled }
            index = (currentIndex + (key == .character("]") ? 1 : count - 1)) % count
            view = PictureView()
            return .handled
        case .character("n"):
            prompt =
                kind == .ecogram
                ? NetworkPrompt(
                    .newEcogram,
                    question: context.text(
                        "Ecogram van (persoon of organisatie):", "Ecogram of (person or organisation):"))
                : NetworkPrompt(
                    .newAnalysis, question: context.text("Initiatief of thema:", "Initiative or theme:"))
            return .handled
        case .character("L"):
            return relayout(section: &section, context: context)
        default: break
        }
        switch kind {
        case .ecogram: return handleEcogram(key, section: &section, context: context)
        case .analysis: return handleAnalysis(key, section: &section, context: context)
        }
    }

    mutating func relayout(section: inout Section, context: ScreenContext) -> ScreenOutcome {
        switch kind {
        case .ecogram:
            guard let i = section.networks.ecograms.indices.first(where: { $0 == currentIndex }) else {
                return .handled
            }
            section.networks.ecograms[i].layout = SavedLayout()
        case .analysis:
            guard let i = section.networks.analyses.indices.first(where: { $0 == currentIndex }) else {
                return .handled
            }
            section.networks.analyses[i].layout = SavedLayout()
        }
        view.zoom = 1
        view.pan = .zero
        return .message(context.text("Nieuwe indeling in ringen.", "New ring layout."))
    }

    mutating func handleEcogram(_ key: Key, section: inout Section, context: ScreenContext) -> ScreenOutcome {
        let i = currentIndex
        guard section.networks.ecograms.indices.contains(i) else {
            return key == .character("a")
                ? .message(context.text("Maak eerst een ecogram met n.", "Create an ecogram first with n."))
                : .ignored
        }
        let e = section.networks.ecograms[i]
        switch key {
        case .character("a"):
            prompt = NetworkPrompt(
                .newContact, question: context.text("Naam van het contact:", "Contact's name:"))
            return .handled
        case .character("x"), .delete:
            guard let sel = view.selected, let c = e.contact(sel) else {
                return .message(
                    context.text(
                        "Kies eerst een contact (het midden blijft).",
                        "Select a contact first (the centre stays)."))
            }
            section.networks.ecograms[i].removeContact(sel)
            view.selected = e.centre.id
            return .message(
                context.text(
                    "\(EcogramPicture.name(of: c, in: section)) verwijderd.",
                    "\(EcogramPicture.name(of: c, in: section)) removed."))
        case .character("r"):
            guard let sel = view.selected, let ci = e.contacts.firstIndex(where: { $0.id == sel }) else {
                return .handled
            }
            section.networks.ecograms[i].contacts[ci].ring = e.contacts[ci].ring.next
            section.networks.ecograms[i].layout = e.layout.removing(sel)
            return .handled
        case .character("e"):
            guard let sel = view.selected, let ci = e.contacts.firstIndex(where: { $0.id == sel }) else {
                return .handled
            }
            section.networks.ecograms[i].contacts[ci].area = e.contacts[ci].area.next
            section.networks.ecograms[i].layout = e.layout.removing(sel)
            return .handled
        case .character("t"), .enter:
            return drawTie(section: &section, context: context)
        case .character(":"):
            prompt = NetworkPrompt(
                .newRelation,
                question: context.text(
                    "Eigen letter en betekenis (bijv. B beeldmateriaal):",
                    "Own letter and meaning (e.g. B images):"))
            return .handled
        case .character(let ch) where ch.isUppercase && ch != "L" && e.relation(String(ch)) != nil:
            guard let ti = centreTie(e) else {
                return .message(
                    context.text(
                        "Kies een contact met een lijn naar het midden.",
                        "Select a contact tied to the centre."))
            }
            let letter = String(ch)
            var rel = e.ties[ti].relations
            if let k = rel.firstIndex(of: letter) { rel.remove(at: k) } else { rel.append(letter) }
            if rel.isEmpty {
                return .message(
                    context.text("Een lijn houdt minstens één letter.", "A tie keeps at least one letter."))
            }
            section.networks.ecograms[i].ties[ti].relations = rel
            return .handled
        case .character("w"):
            guard let ti = centreTie(e) else { return .handled }
            section.networks.ecograms[i].ties[ti].strength = e.ties[ti].strength == .strong ? .weak : .strong
            return .handled
        case .character("d"):
            guard let ti = centreTie(e) else { return .handled }
            var tie = e.ties[ti]
            // Cycle: mutual → one way out of the centre → one way into the centre → mutual.
            if tie.direction == .mutual {
                tie.direction = .oneWay
                if tie.to == e.centre.id { swap(&tie.from, &tie.to) }
            } else if tie.from == e.centre.id {
                swap(&tie.from, &tie.to)
            } else {
                tie.direction = .mutual
            }
            section.networks.ecograms[i].ties[ti] = tie
            return .handled
        case .character("f"):
            let hide = EcogramPicture.hidesSensitive(context)
            let letters =
                [nil] + e.relationLetters.filter { !(hide && $0.isNegative) }.map { Optional($0.letter) }
            let k = letters.firstIndex(of: relationFilter) ?? 0
            relationFilter = letters[(k + 1) % letters.count]
            return .handled
        default:
            return .ignored
        }
    }

    /// The tie between the centre and the selected contact.
    func centreTie(_ e: Ecogram) -> Int? {
        guard let sel = view.selected else { return nil }
        return e.ties.firstIndex { $0.connects(e.centre.id, sel) }
    }

    mutating func drawTie(section: inout Section, context: ScreenContext) -> ScreenOutcome {
        guard let sel = view.selected else { return .handled }
        guard let source = tieSource else {
            tieSource = sel
            return .message(
                context.text("Kies het andere eind en druk t.", "Select the other end and press t."))
        }
        tieSource = nil
        guard source != sel else { return .handled }
        switch kind {
        case .ecogram:
            let i = currentIndex
            guard section.networks.ecograms.indices.contains(i) else { return .handled }
            if let k = section.networks.ecograms[i].ties.firstIndex(where: { $0.connects(source, sel) }) {
                section.networks.ecograms[i].ties.remove(at: k)
                return .message(context.text("Lijn weggehaald.", "Tie removed."))
            }
            section.networks.ecograms[i].ties.append(EcogramTie(from: source, to: sel))
            return .message(
                context.text("Lijn getekend (K, wederzijds, sterk).", "Tie drawn (K, mutual, strong)."))
        case .analysis:
            let i = currentIndex
            guard section.networks.analyses.indices.contains(i) else { return .handled }
            let a = section.networks.analyses[i]
            let (schakel, ingredient): (UUID, UUID)
            if a.schakel(source) != nil, a.ingredient(sel) != nil {
                (schakel, ingredient) = (source, sel)
            } else if a.schakel(sel) != nil, a.ingredient(source) != nil {
                (schakel, ingredient) = (sel, source)
            } else {
                return .message(
                    context.text(
                        "Een lijn loopt van een schakel naar een ingrediënt.",
                        "A line runs from a link to an ingredient."))
            }
            let si = a.schakels.firstIndex { $0.id == schakel }!
            if let k = a.schakels[si].ingredientIDs.firstIndex(of: ingredient) {
                section.networks.analyses[i].schakels[si].ingredientIDs.remove(at: k)
            } else {
                section.networks.analyses[i].schakels[si].ingredientIDs.append(ingredient)
            }
            return .handled
        }
    }

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

    mutating func handlePrompt(_ event: Event, section: inout Section, context: ScreenContext)
        -> ScreenOutcome
    {
        guard prompt != nil else { return .ignored }
        guard let answer = NetworkPrompt.answer(&prompt, to: event) else { return .handled }
        return accept(answer.text, purpose: answer.purpose, section: &section, context: context)
    }

    /// The section person a typed name refers to: full name or a unique first name, ignoring case and
    /// diacritics.
    static func person(named text: String, in section: Section) -> Person? {
        let key = NameKey(text)
        if let p = section.people.first(where: { NameKey($0.name) == key }) { return p }
        let byFirst = section.people.filter { NameKey($0.name).firstWord == key.value }
        return byFirst.count == 1 ? byFirst[0] : nil
    }

    mutating func accept(
        _ text: String, purpose: NetworkPrompt.Purpose, section: inout Section, context: ScreenContext
    ) -> ScreenOutcome {
        let person = NetworksScreen.person(named: text, in: section)
        switch purpose {
        case .newEcogram:
            let centre = EcogramCentre(personID: person?.id, name: person?.name ?? text)
            section.networks.ecograms.append(Ecogram(name: person?.name ?? text, centre: centre))
            kind = .ecogram
            index = section.networks.ecograms.count - 1
            view = PictureView(selected: centre.id)
        case .newAnalysis:
            let initiative = section.initiatives.first { NameKey($0.title) == NameKey(text) }
            section.networks.analyses.append(
                NetworkAnalysis(name: initiative?.title ?? text, initiativeID: initiative?.id))
            kind = .analysis
            index = section.networks.analyses.count - 1
            view = PictureView()
        case .newContact:
            guard section.networks.ecograms.indices.contains(currentIndex) else { return .handled }
            let e = section.networks.ecograms[currentIndex]
            let contact = EcogramContact(
                personID: person?.id, name: person?.name ?? text, area: person?.area ?? .school, ring: .middle
            )
            section.networks.ecograms[currentIndex].contacts.append(contact)
            section.networks.ecograms[currentIndex].ties.append(EcogramTie(from: e.centre.id, to: contact.id))
            view.selected = contact.id
        case .newSchakel:
            guard section.networks.analyses.indices.contains(currentIndex) else { return .handled }
            let s = Schakel(personID: person?.id, name: person?.name ?? text, area: person?.area ?? .school)
            section.networks.analyses[currentIndex].schakels.append(s)
            view.selected = s.id
        case .newIngredient:
            guard section.networks.analyses.indices.contains(currentIndex) else { return .handled }
            let ingredient = Ingredient(name: text)
            section.networks.analyses[currentIndex].ingredients.append(ingredient)
            view.selected = ingredient.id
        case .newRelation:
            guard section.networks.ecograms.indices.contains(currentIndex) else { return .handled }
            let parts = text.split(separator: " ", maxSplits: 1)
            guard let first = parts.first, first.count == 1, let letter = first.first, letter.isLetter,
                letter.uppercased() != "L", parts.count == 2
            else {
                return .message(
                    context.text(
                        "Schrijf één letter (niet L), een spatie en de betekenis.",
                        "Write one letter (not L), a space and the meaning."))
            }
            let code = letter.uppercased()
            if section.networks.ecograms[currentIndex].relation(code) != nil {
                return .message(
                    context.text("De letter \(code) bestaat al.", "The letter \(code) already exists."))
            }
            section.networks.ecograms[currentIndex].customRelations.append(
                RelationLetter(letter: code, meaningNL: String(parts[1])))
            return .message(
                context.text(
                    "\(code) toegevoegd; Shift+\(code) zet hem op een lijn.",
                    "\(code) added; Shift+\(code) puts it on a tie."))
        case .newMember, .newSociogram:
            break
        }
        return .handled
    }

    // MARK: Mouse

    /// A click in the drawing selects the node whose label is under it. The screen is not told where it
    /// was drawn, so the caller passes the same `area` it gives `render`; the placement is computed by
    /// the same function the drawing uses, so what is hit is what is seen.
    public mutating func click(
        x: Int, y: Int, area: Rect, section: inout Section, context outer: ScreenContext
    ) -> ScreenOutcome {
        let context = effective(outer)
        guard prompt == nil, let picture = picture(section, context: context) else { return .ignored }
        let legend: [String]
        switch kind {
        case .ecogram: legend = ecogram(section).map { EcogramPicture.legend($0, context: context) } ?? []
        case .analysis: legend = AnalysisPicture.legend(context: context)
        }
        let drawing = NetworkScreenLayout(area, legend: legend).picture
        let placement = picture.place(
            area: drawing, selected: view.selected, zoom: view.zoom, pan: view.pan, color: context.color)
        guard let hit = placement.boxes.first(where: { $0.value.contains(column: x, row: y) })?.key else {
            return .ignored
        }
        view.selected = hit
        return .handled
    }

    // MARK: Drawing

    public func render(_ section: Section, into grid: inout Grid, area: Rect, context outer: ScreenContext) {
        let context = effective(outer)
        guard !area.isEmpty else { return }
        grid.fill(area)
        let legend: [String]
        let title: String
        switch kind {
        case .ecogram:
            let e = ecogram(section)
            legend = e.map { EcogramPicture.legend($0, context: context) } ?? []
            let count = section.networks.ecograms.count
            title =
                e.map {
                    context.text("Ecogram", "Ecogram")
                        + ": \($0.name) (\(min(currentIndex, count - 1) + 1)/\(count))"
                }
                ?? context.text("Ecogram: nog geen (n = nieuw)", "Ecogram: none yet (n = new)")
        case .analysis:
            let a = analysis(section)
            legend = AnalysisPicture.legend(context: context)
            let count = section.networks.analyses.count
            title =
                a.map {
                    context.text("Netwerkanalyse", "Network analysis")
                        + ": \(AnalysisPicture.title($0, in: section)) (\(min(currentIndex, count - 1) + 1)/\(count))"
                }
                ?? context.text(
                    "Netwerkanalyse: nog geen (n = nieuw)", "Network analysis: none yet (n = new)")
        }
        let layout = NetworkScreenLayout(area, legend: legend)
        var header = title
        if let f = relationFilter { header += context.text("  filter: \(f)", "  filter: \(f)") }
        if context.showSensitive { header += context.text("  [gevoelig zichtbaar]", "  [sensitive shown]") }
        if moving { header += context.text("  [verplaatsen]", "  [moving]") }
        header +=
            context.text("   Tab: ", "   Tab: ")
            + (kind == .ecogram
                ? context.text("netwerkanalyse", "network analysis") : context.text("ecogram", "ecogram"))
        grid.put(header, x: layout.title.x, y: layout.title.y, style: .bold, clip: layout.title)
        var placement: NetworkPicture.Placement? = nil
        if let picture = picture(section, context: context) {
            placement = picture.render(
                into: &grid, area: layout.picture, selected: view.selected, zoom: view.zoom, pan: view.pan,
                color: context.color)
        }
        if let source = tieSource, let box = placement?.boxes[source] {
            grid.setStyle(
                Style(underline: true, reverse: true),
                in: Rect(x: box.x, y: box.y, width: box.width, height: 1))
        }
        var lines = details(section, context: context)
        // Below a narrow drawing the pane has three rows: with someone selected, leave out the counts
        // and run the ties on in one paragraph, so more than the first tie is seen.
        if layout.details.y > layout.picture.y, view.selected != nil, lines.count > 3 {
            let rest = lines.dropFirst(2).map(\.text).joined(separator: " · ")
            lines = [lines[1], (rest, .plain)]
        }
        grid.putLines(lines.map { ($0.text, $0.style) }, in: layout.details)
        grid.putLines(legend.map { ($0, Style.dim) }, in: layout.legend)
        // The app's own status line lists the keys (from keyHelp); this row is for the name prompt.
        if let p = prompt { p.render(into: &grid, area: layout.status) }
    }

    /// The details pane: the selected node's ties (and, off the shared screen, private notes).
    func details(_ section: Section, context c: ScreenContext) -> [(text: String, style: Style)] {
        var out: [(String, Style)] = []
        let showPrivate = !EcogramPicture.hidesSensitive(c)
        switch kind {
        case .ecogram:
            // Empty screens say how to start.
            guard let e = ecogram(section) else {
                return [
                    (
                        c.text(
                            "Nog geen ecogram. n = nieuw: wie of wat staat in het midden (een collega, de sectie, een organisatie)? Daarna a = contact erbij en t = lijn tussen twee mensen.",
                            "No ecogram yet. n = new: who or what is in the centre (a colleague, the section, an organisation)? Then a = add a contact and t = tie between two people."
                        ), .plain
                    )
                ]
            }
            let counts = e.contactsPerArea
            out.append(
                (
                    Area.allCases.map { "\(NetworkPalette.areaName($0, c)) \(counts[$0] ?? 0)" }.joined(
                        separator: " · "), .dim
                ))
            if e.contacts.isEmpty {
                out.append(
                    (
                        c.text(
                            "Nog geen contacten: a = contact erbij (een naam uit de sectie of iemand van buiten), t = lijn tekenen.",
                            "No contacts yet: a = add a contact (a name from the section or someone outside), t = draw a tie."
                        ), .plain
                    ))
            }
            guard let sel = view.selected else {
                out.append((c.text("Pijltjes kiezen een persoon.", "Arrows select a person."), .dim))
                // The reflection questions of seed 000 (tool 1) that go with the counts above.
                out.append(
                    (
                        c.text(
                            "Wat leveren je relaties in de sectie op? Met welke teams werk je samen? Welke contacten buiten school zet je in?",
                            "What do ties within the section bring? Which teams do you work with? Which contacts outside school do you use?"
                        ), .dim
                    ))
                return out
            }
            let name: String
            if sel == e.centre.id {
                name = EcogramPicture.centreName(e, in: section)
                out.append((name + c.text(" (midden)", " (centre)"), .bold))
                if showPrivate && !e.privateNote.isEmpty {
                    out.append((c.text("Notitie: ", "Note: ") + e.privateNote, .dim))
                }
            } else if let contact = e.contact(sel) {
                name = EcogramPicture.name(of: contact, in: section)
                let ring: String
                switch contact.ring {
                case .close: ring = c.text("dichtbij", "close")
                case .middle: ring = c.text("midden", "middle")
                case .far: ring = c.text("ver weg", "far")
                }
                out.append((name, .bold))
                out.append(
                    (
                        "\(NetworkPalette.areaName(contact.area, c)), \(ring)"
                            + (contact.groups.isEmpty ? "" : "; " + contact.groups.joined(separator: ", ")),
                        .plain
                    ))
                if showPrivate && !contact.privateNote.isEmpty {
                    out.append((c.text("Notitie: ", "Note: ") + contact.privateNote, .dim))
                }
            } else {
                return out
            }
            for t in EcogramPicture.visibleTies(e, context: c, relation: nil) where t.touches(sel) {
                let other = t.from == sel ? t.to : t.from
                let otherName =
                    other == e.centre.id
                    ? EcogramPicture.centreName(e, in: section)
                    : e.contact(other).map { EcogramPicture.name(of: $0, in: section) } ?? "?"
                let arrow = t.direction == .mutual ? "↔" : (t.from == sel ? "→" : "←")
                let strength = t.strength == .strong ? c.text("sterk", "strong") : c.text("zwak", "weak")
                out.append(
                    ("\(arrow) \(otherName): \(t.relations.joined(separator: " ")) (\(strength))", .plain))
            }
        case .analysis:
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
                        c.text(
                            "Nog leeg: a = schakel (persoon) erbij, i = ingrediënt erbij, t = verbinden.",
                            "Still empty: a = add a link (person), i = add an ingredient, t = connect."),
                        .plain
                    ))
            }
            guard let sel = view.selected else { return out }
            if let s = a.schakel(sel) {
                out.append((AnalysisPicture.name(of: s, in: section) + " (\(s.positionLetters))", .bold))
                let ingredients = s.ingredientIDs.compactMap { a.ingredient($0)?.name }
                if !ingredients.isEmpty {
                    out.append(
                        (c.text("verbindt: ", "connects: ") + ingredients.joined(separator: ", "), .plain))
                }
                if !s.story.isEmpty { out.append((c.text("Verhaal: ", "Story: ") + s.story, .plain)) }
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
        }
        return out
    }

    public func keyHelp(_ c: ScreenContext) -> [KeyBinding] {
        var keys = [
            KeyBinding("←↑↓→", c.text("kiezen", "select")),
            KeyBinding("Tab", c.text("ecogram/analyse", "ecogram/analysis")),
            KeyBinding("[ ]", c.text("vorige/volgende", "previous/next")),
            KeyBinding(
                "a",
                kind == .ecogram
                    ? c.text("contact erbij", "add contact") : c.text("schakel erbij", "add link")),
        ]
        switch kind {
        case .ecogram:
            keys += [
                KeyBinding("t", c.text("lijn", "tie")), KeyBinding("x", c.text("weg", "remove")),
                KeyBinding("K G E R", c.text("relatie", "relation")),
                KeyBinding(":", c.text("eigen letter", "own letter")),
                KeyBinding("f", c.text("filter", "filter")),
                KeyBinding("r", c.text("ring", "ring")), KeyBinding("e", c.text("gebied", "area")),
                KeyBinding("w", c.text("sterk/zwak", "strong/weak")),
                KeyBinding("d", c.text("richting", "direction")),
            ]
        case .analysis:
            keys += [
                KeyBinding("i", c.text("ingrediënt", "ingredient")), KeyBinding("t", c.text("verbind", "connect")),
                KeyBinding("x", c.text("weg", "remove")), KeyBinding("p", c.text("positie", "position")),
                KeyBinding("e", c.text("soort", "kind")),
                KeyBinding("b", c.text("betrokkenen invullen", "fill involved")),
            ]
        }
        keys += [
            KeyBinding("n", c.text("nieuw", "new")), KeyBinding("+ -", "zoom"),
            KeyBinding("h j k l", c.text("schuiven", "pan")),
            KeyBinding("v", c.text("verplaatsen", "move")),
            KeyBinding("L", c.text("nieuwe indeling", "new layout")),
            KeyBinding("!", c.text("gevoelig tonen", "show sensitive")), KeyBinding("Esc", c.text("terug", "back")),
        ]
        return keys
    }
}
