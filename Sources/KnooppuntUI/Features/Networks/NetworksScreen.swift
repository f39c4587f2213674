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

    /// Where the screen was last drawn (set by the feature before each key): the arrows choose the
    /// person the eye sees in their direction, which is where the labels were placed in this area.
    public var area = Rect(x: 1, y: 1, width: 78, height: 22)

    /// False for `knooppunt show`: printed text has no keys to press, so no key hints.
    public var showsKeyHints = true

    /// The context the drawing uses: always a shared screen, sensitive data only when asked for.
    public func effective(_ context: ScreenContext) -> ScreenContext {
        context.projected(revealing: revealSensitive)
    }

    public init(kind: Kind = .ecogram, index: Int = 0) { (self.kind, self.index) = (kind, index) }

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

    /// A key outside the name prompt (`PictureScreen.handle` takes `!` and the prompt first).
    public mutating func handleKey(_ key: Key, section: inout Section, context: ScreenContext)
        -> ScreenOutcome
    {
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
        if view.handle(key, points: points, order: order, boxes: screenBoxes(section, context: context)) {
            return .handled
        }
        switch key {
        case .escape:
            if tieSource != nil {
                tieSource = nil
                return .message(context.words.tieCancelled)
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
                    question: context.words.ecogramOfPersonOrOrganisation)
                : NetworkPrompt(
                    .newAnalysis, question: context.words.initiativeOrTheme)
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

    /// Each node where it is seen: its label's box in `area` as the drawing places it, so "up" is what
    /// lies up on the screen, not in the list or in the layout before labels were moved apart. Nodes
    /// zoomed or panned out of sight have no box.
    func screenBoxes(_ section: Section, context: ScreenContext) -> [UUID: LabelBox] {
        guard let picture = picture(section, context: context) else { return [:] }
        return picture.place(
            area: NetworkScreenLayout(area, legend: legend(section, context: context)).picture,
            selected: view.selected, zoom: view.zoom, pan: view.pan, color: context.color
        ).boxes
    }

    func legend(_ section: Section, context: ScreenContext) -> [String] {
        switch kind {
        case .ecogram:
            return ecogram(section).map { EcogramPicture.legend($0, section: section, context: context) }
                ?? []
        case .analysis: return AnalysisPicture.legend(context: context)
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
        return .message(context.words.newRingLayout)
    }

    /// A key pressed while the list shown has no network yet: a key that adds to a network (`adding`)
    /// says how to make one first; any other does nothing.
    static func noNetwork(_ key: Key, adding: String, _ howToMakeOne: String) -> ScreenOutcome {
        adding.contains { key == .character($0) } ? .message(howToMakeOne) : .ignored
    }

    mutating func drawTie(section: inout Section, context: ScreenContext) -> ScreenOutcome {
        guard let sel = view.selected else { return .handled }
        guard let source = tieSource else {
            tieSource = sel
            return .message(context.words.selectTheOtherEndAndPress)
        }
        tieSource = nil
        guard source != sel else { return .handled }
        switch kind {
        case .ecogram:
            let i = currentIndex
            guard section.networks.ecograms.indices.contains(i) else { return .handled }
            if let k = section.networks.ecograms[i].ties.firstIndex(where: { $0.connects(source, sel) }) {
                section.networks.ecograms[i].ties.remove(at: k)
                return .message(context.words.tieRemoved)
            }
            section.networks.ecograms[i].ties.append(EcogramTie(from: source, to: sel))
            return .message(context.words.tieDrawnKMutualStrong)
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
                return .message(context.words.aLineRunsFromALink)
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

    // MARK: Mouse

    /// A click in the drawing selects the node whose label is under it. The screen is not told where it
    /// was drawn, so the caller passes the same `area` it gives `render`; the placement is computed by
    /// the same function the drawing uses, so what is hit is what is seen.
    public mutating func click(
        x: Int, y: Int, area: Rect, section: inout Section, context outer: ScreenContext
    ) -> ScreenOutcome {
        let context = effective(outer)
        guard prompt == nil, let picture = picture(section, context: context) else { return .ignored }
        let legend = legend(section, context: context)
        return view.select(atColumn: x, row: y, in: picture, area: area, legend: legend, color: context.color)
    }

    // MARK: Drawing

    /// The title line's start: "Ecogram: name (2/3)", or how to make the first one when there is none.
    func heading(_ label: String, _ name: String?, of count: Int, none: String) -> String {
        guard let name else { return none }
        return label + ": \(name) (\(min(currentIndex, count - 1) + 1)/\(count))"
    }

    public func render(_ section: Section, into grid: inout Grid, area: Rect, context outer: ScreenContext) {
        let context = effective(outer)
        guard !area.isEmpty else { return }
        grid.fill(area)
        let legend: [String]
        let title: String
        switch kind {
        case .ecogram:
            let e = ecogram(section)
            legend = e.map { EcogramPicture.legend($0, section: section, context: context) } ?? []
            title = heading(
                context.words.ecogramNetworks, e?.name, of: section.networks.ecograms.count,
                none: context.words.ecogramNoneYetNNew)
        case .analysis:
            let a = analysis(section)
            legend = AnalysisPicture.legend(context: context)
            title = heading(
                context.words.networkAnalysisNetworks, a.map { AnalysisPicture.title($0, in: section) },
                of: section.networks.analyses.count, none: context.words.networkAnalysisNoneYetNNew)
        }
        let layout = NetworkScreenLayout(area, legend: legend)
        var header = title
        if let f = relationFilter { header += context.words.filterNetworks(f: f) }
        if context.showSensitive { header += context.words.sensitiveShown }
        if moving { header += context.words.moving }
        if showsKeyHints {
            header +=
                context.words.tab
                + (kind == .ecogram
                    ? context.words.networkAnalysis : context.words.ecogram)
        }
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
        let showPrivate = !EcogramPicture.hidesSensitive(c)
        // Empty screens say how to start.
        switch kind {
        case .ecogram:
            guard let e = ecogram(section) else { return [(c.words.noEcogramYetNNewWho, .plain)] }
            return ecogramDetails(e, in: section, context: c, showPrivate: showPrivate)
        case .analysis:
            guard let a = analysis(section) else { return [(c.words.noNetworkAnalysisYetNNew, .plain)] }
            return analysisDetails(a, in: section, context: c, showPrivate: showPrivate)
        }
    }

    /// A network without contacts or links says so, and how to add one when keys can be pressed.
    func emptyHint(_ withKeys: String, else printed: String) -> (String, Style) {
        (showsKeyHints ? withKeys : printed, .plain)
    }
}
