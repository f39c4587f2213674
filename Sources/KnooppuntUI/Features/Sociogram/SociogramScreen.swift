import Foundation
import KnooppuntGraph
import KnooppuntModel

/// Screen 4: the sociogram. The drawing per topic or all topics together, a details pane, the metrics
/// panel with explanations and the comparison with the previous measurement, and the sociomatrix in
/// which a section types in a paper survey (rows: respondents, columns: people, space toggles a choice).
public struct SociogramScreen: Hashable, Sendable {
    public enum Mode: Hashable, Sendable { case picture, metrics, matrix }

    public var index = 0
    /// nil: the latest measurement.
    public var measurement: Int?
    /// nil: all topics together.
    public var topic: UUID?
    public var coloring: SociogramColoring = .community
    public var mode: Mode = .picture
    public var view = PictureView()
    public var matrixRow = 0
    /// First row of the figures panel (`i`) on screen: at 80×24 the explanations and the comparison
    /// with the previous measurement do not fit at once, so ↑↓ PgUp PgDn scroll them.
    public var metricsTop = 0
    public var matrixColumn = 0
    public var prompt: NetworkPrompt?
    /// `v`: arrows move the selected person; the whole picture is saved so nobody else moves.
    public var moving = false

    /// `!`: negative ties and private notes shown on this screen. Network screens are what a section
    /// projects in a meeting, so they count as shared screens: hidden until someone asks, whatever the
    /// app says (an app-wide `showSensitive` shows them too).
    public var revealSensitive = false

    /// `L` on a large sociogram: the new layout is computed in the background and saved once ready
    /// (`SociogramFeature.takeFinishedWork`), unless the network changed meanwhile.
    public var freshLayoutPending = false

    /// The context the drawing uses: always a shared screen, sensitive data only when asked for.
    public func effective(_ context: ScreenContext) -> ScreenContext {
        context.projected(revealing: revealSensitive)
    }

    public init(index: Int = 0, topic: UUID? = nil, measurement: Int? = nil, mode: Mode = .picture) {
        (self.index, self.topic, self.measurement, self.mode) = (index, topic, measurement, mode)
    }

    /// True while a text field has the keyboard: the app then passes every key here (also q and 1-5).
    public var isEditingText: Bool { prompt != nil }

    func sociogram(_ s: Section) -> Sociogram? {
        s.networks.sociograms.indices.contains(index) ? s.networks.sociograms[index] : nil
    }

    func measurementIndex(_ s: Sociogram) -> Int {
        guard let last = s.latestMeasurementIndex else { return 0 }
        return min(measurement ?? last, last)
    }

    /// The standard topics of the method for a new sociogram.
    static func standardTopics(_ c: ScreenContext) -> [SociogramTopic] {
        let ask = "Aan wie van de collega's vraag je minstens 1x per maand advies over "
        return [
            SociogramTopic(name: "zorg", question: ask + "hoe je omgaat met zorgleerlingen in je klas?"),
            SociogramTopic(
                name: "ouderbetrokkenheid",
                question: ask + "hoe je het beste kunt reageren op een mail van ouders?"),
            SociogramTopic(name: "feedback", question: ask + "je bijdrage in de sectievergadering?"),
            SociogramTopic(name: "didactiek", question: ask + "het verbeteren van je les?"),
        ]
    }

    // MARK: Events

    /// A key outside the name prompt (`PictureScreen.handle` takes `!` and the prompt first).
    public mutating func handleKey(_ key: Key, section: inout Section, context: ScreenContext)
        -> ScreenOutcome
    {
        if mode == .matrix, let s = sociogram(section) {
            return handleMatrix(key, s, section: &section, context: context)
        }
        if key == .character("n") {
            return ask(.newSociogram, context.words.nameOfTheNewSociogram)
        }
        guard let s = sociogram(section) else {
            if key == .escape { return .close }
            return .ignored
        }
        let m = measurementIndex(s)
        if mode == .picture {
            // nil while a large sociogram's layout is computed in the background: arrows wait for it.
            let ready = SociogramMemo.readyPositions(s)
            if ready == nil, [Key.up, .down, .left, .right].contains(key) {
                return .message(Self.computingMessage(context))
            }
            let points = ready ?? [:]
            if moving, let sel = view.selected, let p = points[sel], let moved = PictureView.moved(p, key) {
                for (id, q) in points where s.layout[id] == nil {
                    section.networks.sociograms[index].layout[id] = LayoutPoint(x: q.x, y: q.y)
                }
                section.networks.sociograms[index].layout[sel] = moved
                return .handled
            }
            if key == .character("v") {
                moving.toggle()
                return .message(PictureView.movingMessage(moving, context))
            }
            if view.handle(key, points: points, order: s.memberIDs) { return .handled }
        }
        if mode == .metrics, let step = Self.scrollStep(key) {
            let lines = metricsLines(s, section: section, measurement: m, context: context).count
            metricsTop = max(0, min(lines - 1, metricsTop + step))
            return .handled
        }
        switch key {
        case .escape:
            if mode != .picture {
                mode = .picture
                return .handled
            }
            return .close
        case .character("t"):
            topic = nextTopic(s, allowAll: true)
            return .handled
        case .character("M"):
            guard !s.measurements.isEmpty else { return .handled }
            measurement = (m + 1) % s.measurements.count
            return .message(measurementTitle(s, context))
        case .character("c"):
            coloring = coloring == .community ? .role : .community
            return .handled
        case .character("i"):
            mode = mode == .metrics ? .picture : .metrics
            metricsTop = 0
            return .handled
        case .character("s"), .tab:
            mode = .matrix
            if topic == nil { topic = s.topics.first?.id }
            if s.measurements.isEmpty {
                section.networks.sociograms[index].measurements.append(
                    SociogramMeasurement(date: context.today))
            }
            return .handled
        case .character("]"), .character("["):
            let count = section.networks.sociograms.count
            index = (index + (key == .character("]") ? 1 : count - 1)) % count
            view = PictureView()
            topic = nil
            measurement = nil
            return .handled
        case .character("L"):
            guard let fresh = SociogramFreshLayout.layout(s) else {
                freshLayoutPending = true
                return .message(context.words.computingANewLayoutItAppears)
            }
            section.networks.sociograms[index].layout = fresh
            view.zoom = 1
            view.pan = .zero
            return .message(context.words.newLayoutComputedAndSaved)
        case .character("a"):
            return ask(.newMember, context.words.nameOfTheParticipant)
        case .character("x"), .delete:
            guard let sel = view.selected, s.memberIDs.contains(sel) else { return .handled }
            let name = s.memberName(sel, in: section)
            section.networks.sociograms[index].removeMember(sel)
            view.selected = nil
            return .message(context.words.removedFromTheSociogramWithAll(name: name))
        default:
            return .ignored
        }
    }

    func nextTopic(_ s: Sociogram, allowAll: Bool) -> UUID? {
        let options: [UUID?] = (allowAll ? [nil] : []) + s.topics.map { Optional($0.id) }
        guard !options.isEmpty else { return nil }
        let k = options.firstIndex(of: topic) ?? -1
        return options[(k + 1) % options.count]
    }

    func measurementTitle(_ s: Sociogram, _ c: ScreenContext) -> String {
        guard !s.measurements.isEmpty else { return c.words.noMeasurement }
        let m = measurementIndex(s)
        let x = s.measurements[m]
        return c.words.measurement + " \(m + 1)/\(s.measurements.count): \(x.date)"
            + (x.label.isEmpty ? "" : " (\(x.label))")
    }

    public mutating func handlePrompt(_ event: Event, section: inout Section, context: ScreenContext)
        -> ScreenOutcome
    {
        guard prompt != nil else { return .ignored }
        guard let answer = NetworkPrompt.answer(&prompt, to: event) else { return .handled }
        return accept(answer.text, purpose: answer.purpose, section: &section, context: context)
    }

    mutating func accept(
        _ text: String, purpose: NetworkPrompt.Purpose, section: inout Section, context: ScreenContext
    ) -> ScreenOutcome {
        switch purpose {
        case .newSociogram:
            section.networks.sociograms.append(
                Sociogram(
                    name: text, personIDs: section.people.map(\.id),
                    topics: SociogramScreen.standardTopics(context),
                    measurements: [SociogramMeasurement(date: context.today)]))
            index = section.networks.sociograms.count - 1
            topic = nil
            measurement = nil
            view = PictureView()
        case .newMember:
            guard let s = sociogram(section) else { return .handled }
            let id: UUID
            if let person = NetworksScreen.person(named: text, in: section) {
                guard !s.personIDs.contains(person.id) else {
                    return .message(context.words.alreadyTakesPart(name: person.name))
                }
                section.networks.sociograms[index].personIDs.append(person.id)
                id = person.id
            } else {
                let outsider = SociogramOutsider(name: text)
                section.networks.sociograms[index].outsiders.append(outsider)
                id = outsider.id
            }
            // With a saved picture, the newcomer gets a place of their own that is saved too.
            let updated = section.networks.sociograms[index]
            if !updated.layout.isEmpty {
                let points = SociogramPicture.positions(
                    updated,
                    graph: SociogramPicture.layoutGraph(updated))
                if let p = points[id] {
                    section.networks.sociograms[index].layout[id] = LayoutPoint(x: p.x, y: p.y)
                }
            }
            view.selected = id
        default: break
        }
        return .handled
    }

    // MARK: Mouse

    /// A click on a person in the drawing selects them (see `NetworksScreen.click`: the caller passes the
    /// area it renders into, and the placement comes from the same function the drawing uses).
    public mutating func click(
        x: Int, y: Int, area: Rect, section: inout Section, context outer: ScreenContext
    ) -> ScreenOutcome {
        let context = effective(outer)
        guard prompt == nil, mode == .picture, let s = sociogram(section) else { return .ignored }
        let m = measurementIndex(s)
        guard
            let (_, picture) = SociogramMemo.scene(
                s, section: section, measurement: m, topic: topic, coloring: coloring, context: context)
        else { return .ignored }
        let legend = SociogramPicture.legend(s, coloring: coloring, topic: topic, context: context)
        return view.select(atColumn: x, row: y, in: picture, area: area, legend: legend, color: context.color)
    }

    // MARK: Drawing

    public func render(_ section: Section, into grid: inout Grid, area: Rect, context outer: ScreenContext) {
        let context = effective(outer)
        guard !area.isEmpty else { return }
        grid.fill(area)
        guard let s = sociogram(section) else {
            // Also here the name prompt of `n` must show, or the user types blind.
            let layout = NetworkScreenLayout(area, legendLines: 0)
            var lines = [
                (
                    context.words.noSociogramYetNNewSociogram(count: section.people.count), Style.plain
                ),
                (
                    context.words.thenSSociomatrixEntersTheChoices, .dim
                ),
            ]
            if section.people.isEmpty {
                lines.append(
                    (
                        context.words.theSectionHasNoPeopleYet, .dim
                    ))
            }
            grid.putLines(
                lines, in: Rect(x: area.x, y: area.y, width: area.width, height: layout.status.y - area.y))
            if let p = prompt { p.render(into: &grid, area: layout.status) }
            return
        }
        let m = measurementIndex(s)
        let legend =
            mode == .picture
            ? SociogramPicture.legend(s, coloring: coloring, topic: topic, context: context) : []
        let layout = NetworkScreenLayout(area, legend: legend)
        let topicName =
            topic.flatMap { t in s.topics.first { $0.id == t }?.name }
            ?? context.words.allTopics
        // The marks say what is on a projected screen (negative ties!), so the title gives way to them.
        var marks = ""
        if context.showSensitive { marks += context.words.sensitiveShown }
        if moving { marks += context.words.moving }
        if s.coachOwn { marks += context.words.ownMeasurementsPrivate }
        let title = TextLayout.truncate(
            "\(s.name): \(topicName), \(measurementTitle(s, context))",
            width: max(8, layout.title.width - DisplayWidth.of(marks)))
        grid.put(title + marks, x: layout.title.x, y: layout.title.y, style: .bold, clip: layout.title)
        switch mode {
        case .picture:
            // Figures are a full metrics run: only the picture needs them here (the metrics panel
            // builds its own, beside the previous measurement's), so the other modes skip them.
            guard
                let (figures, picture) = SociogramMemo.scene(
                    s, section: section, measurement: m, topic: topic, coloring: coloring, context: context)
            else {
                // A large sociogram's layout or figures are still being computed off the input loop.
                grid.putLines(
                    [(Self.progressLine(s, context), Style.reverse), (Self.computingMessage(context), .dim)],
                    in: layout.picture)
                grid.putLines(legend.map { ($0, Style.dim) }, in: layout.legend)
                break
            }
            picture.renderCached(
                into: &grid, area: layout.picture, selected: view.selected, zoom: view.zoom, pan: view.pan,
                color: context.color)
            grid.putLines(
                details(s, figures: figures, section: section, context: context), in: layout.details)
            grid.putLines(legend.map { ($0, Style.dim) }, in: layout.legend)
        case .metrics:
            let body = Rect(
                x: area.x, y: layout.title.maxY, width: area.width,
                height: layout.status.y - layout.title.maxY)
            let rows = metricsLines(s, section: section, measurement: m, context: context).flatMap { line in
                TextLayout.wrap(line.text, width: body.width).map { (text: $0, style: line.style) }
            }
            let top = max(0, min(metricsTop, rows.count - body.height))
            var shown = Array(rows.dropFirst(top).prefix(body.height))
            // Say that there is more, and how to get there, instead of cutting the panel silently.
            if top + body.height < rows.count, !shown.isEmpty {
                shown[shown.count - 1] = (context.words.moreOrPgDn, .reverse)
            }
            if top > 0, let first = shown.indices.first, shown.count > 1 {
                shown[first] = (context.words.moreOrPgUp, .reverse)
            }
            for (k, row) in shown.enumerated() {
                grid.put(row.text, x: body.x, y: body.y + k, style: row.style, clip: body)
            }
        case .matrix:
            let body = Rect(
                x: area.x, y: layout.title.maxY, width: area.width,
                height: layout.status.y - layout.title.maxY)
            renderMatrix(s, measurement: m, section: section, into: &grid, area: body, context: context)
        }
        // The app's own status line lists the keys (from keyHelp); this row is for the name prompt.
        if let p = prompt { p.render(into: &grid, area: layout.status) }
    }

}
