import Foundation
import KnooppuntGraph
import KnooppuntModel
import Testing

@testable import KnooppuntUI

@Suite("Networks screens")
struct NetworksScreenTests {
    static let sizes = [(80, 24), (200, 60)]
    let shared = ScreenContext(
        sharedScreen: true, showSensitive: false, today: Day(year: 2026, month: 11, day: 21))
    let privateView = ScreenContext(
        sharedScreen: true, showSensitive: true, today: Day(year: 2026, month: 11, day: 21))

    /// The three demo pictures as the screens build them.
    func pictures(_ section: Section, _ c: ScreenContext) -> [(String, NetworkPicture, Rect)] {
        var out: [(String, NetworkPicture, Rect)] = []
        for (w, h) in Self.sizes {
            let area = NetworkScreenLayout(Rect(x: 0, y: 0, width: w, height: h), legendLines: 2).picture
            out.append(
                (
                    "ecogram \(w)x\(h)",
                    EcogramPicture.picture(
                        section.networks.ecograms[0], section: section, context: c, relation: nil), area
                ))
            out.append(
                (
                    "analysis \(w)x\(h)",
                    AnalysisPicture.picture(section.networks.analyses[0], section: section, context: c), area
                ))
            let s = section.networks.sociograms[0]
            let f = SociogramFigures(s, section: section, measurement: 1, topic: nil)
            out.append(
                (
                    "sociogram \(w)x\(h)",
                    SociogramPicture.picture(
                        s, section: section, figures: f, measurement: 1, topic: nil, coloring: .community,
                        context: c), area
                ))
        }
        return out
    }

    @Test(
        "Every label of the three demo networks is placed, readable in the grid, and none overlaps (80×24, 200×60)"
    )
    func labelsReadable() throws {
        let section = try NetworksFixture.section()
        for color in [true, false] {
            var c = shared
            c.color = color
            for (name, picture, area) in pictures(section, c) {
                var grid = Grid(width: area.maxX, height: area.maxY + 1)
                let placement = picture.render(into: &grid, area: area, selected: nil, color: color)
                #expect(placement.unplaced.isEmpty, "\(name): labels without a place")
                #expect(placement.boxes.count == picture.nodes.count, "\(name)")
                let boxes = Array(placement.boxes.values)
                for i in boxes.indices {
                    for j in boxes.indices where i < j { #expect(!boxes[i].overlaps(boxes[j]), "\(name)") }
                }
                for node in picture.nodes {
                    let box = try #require(placement.boxes[node.id])
                    let text = try #require(placement.texts[node.id])
                    // What the grid shows at the label's place is exactly the label text, which names the
                    // node (its label or initials, maybe shortened with …).
                    var shown = ""
                    for x in box.x..<box.maxX where !grid[x, box.y].isContinuation {
                        shown += grid[x, box.y].text
                    }
                    #expect(shown == text, "\(name): \(node.name)")
                    let unmarked =
                        text.hasPrefix(node.marker) && !color
                        ? String(text.dropFirst(node.marker.count)) : text
                    // The × of an isolated person stands before the name, with or without colour.
                    let core =
                        unmarked.hasPrefix(node.badge)
                        ? String(unmarked.dropFirst(node.badge.count)) : unmarked
                    let stem = core.hasSuffix("…") ? String(core.dropLast()) : core
                    #expect(
                        !stem.isEmpty
                            && (node.label.hasPrefix(stem) || node.initials.hasPrefix(stem)
                                || node.name.hasPrefix(stem)),
                        "\(name): \(node.name) shown as \(text)")
                }
            }
        }
    }

    @Test("No relation or position letter touches a label, where it would read as part of that name")
    func lettersKeepApartFromLabels() throws {
        let section = try NetworksFixture.section()
        for (name, picture, area) in pictures(section, shared) {
            var grid = Grid(width: area.maxX, height: area.maxY + 1)
            let placement = picture.render(into: &grid, area: area, selected: nil, color: false)
            let boxes = Array(placement.boxes.values)
            func inLabel(_ x: Int, _ y: Int) -> Bool { boxes.contains { $0.contains(column: x, row: y) } }
            for box in boxes {
                for x in [box.x - 1, box.maxX] where area.contains(x: x, y: box.y) && !inLabel(x, box.y) {
                    let cell = grid[x, box.y].text
                    let letter = cell.unicodeScalars.contains { $0.properties.isAlphabetic }
                    let row = grid.line(box.y)
                    #expect(!letter, "\(name): letter '\(cell)' beside a label in '\(row)'")
                }
            }
        }
    }

    @Test("An arrowhead that touches a label points at it, never away (which would name the wrong person)")
    func arrowsPointAtTheLabelTheyTouch() throws {
        var section = try NetworksFixture.section()
        // The case seen in use: a contact added elsewhere in school lands beside the centre.
        section.networks.ecograms[0].contacts.append(
            EcogramContact(name: "Zoë Janssens", area: .school, ring: .middle))
        for (name, picture, area) in pictures(section, shared) {
            for color in [true, false] {
                var grid = Grid(width: area.maxX, height: area.maxY + 1)
                let placement = picture.render(into: &grid, area: area, selected: nil, color: color)
                for box in placement.boxes.values {
                    let row = grid.line(box.y)
                    if box.x - 1 >= area.x {
                        let left = grid[box.x - 1, box.y].text
                        #expect(
                            !["←", "↖", "↙"].contains(left), "\(name): '\(left)' left of a label in '\(row)'")
                    }
                    if box.maxX < area.maxX {
                        let right = grid[box.maxX, box.y].text
                        #expect(
                            !["→", "↗", "↘"].contains(right),
                            "\(name): '\(right)' right of a label in '\(row)'")
                    }
                }
            }
        }
    }

    @Test("Letters of two edges with the same middle keep a cell apart, and every arrowhead is drawn")
    func lettersKeepApartFromEachOther() {
        let a = UUID(), b = UUID()
        let picture = NetworkPicture(
            nodes: [
                .init(id: a, name: "Ann", label: "Ann", initials: "A", point: PlanePoint(x: 0, y: 0)),
                .init(id: b, name: "Bob", label: "Bob", initials: "B", point: PlanePoint(x: 1, y: 0)),
            ],
            edges: [
                .init(from: a, to: b, letters: "G"), .init(from: b, to: a, letters: "G"),
                .init(from: a, to: b, letters: "K"),
            ])
        let area = Rect(x: 0, y: 0, width: 40, height: 12)
        var grid = Grid(width: 40, height: 12)
        let placement = picture.render(into: &grid, area: area, selected: nil, color: false)
        let boxes = Array(placement.boxes.values)
        var letters = 0
        var arrows = 0
        for y in 0..<grid.height {
            for x in 0..<grid.width where !boxes.contains(where: { $0.contains(column: x, row: y) }) {
                let isLetter = grid[x, y].text.unicodeScalars.contains { $0.properties.isAlphabetic }
                if isLetter { letters += 1 }
                if "→←↑↓↗↖↘↙".contains(grid[x, y].text) { arrows += 1 }
                if isLetter && x + 1 < grid.width
                    && !boxes.contains(where: { $0.contains(column: x + 1, row: y) })
                {
                    let next = grid[x + 1, y].text.unicodeScalars.contains { $0.properties.isAlphabetic }
                    #expect(!next, "two edges' letters touch in '\(grid.line(y))'")
                }
            }
        }
        #expect(letters == 3)
        #expect(arrows == 2)  // one at Bob (shared by the two edges to him), one at Ann
    }

    @Test("At 200×60 people get their first names, not initials")
    func namesWhenRoomy() throws {
        let section = try NetworksFixture.section()
        let text = NetworksFixture.render(SociogramScreen(), section, width: 200, height: 60, context: shared)
            .plainText()
        for name in ["Gemma", "Caroline", "Fred", "Thomas", "Jochem", "Heleen", "Theo"] {
            #expect(text.contains(name), "\(name)")
        }
        let eco = NetworksFixture.render(NetworksScreen(), section, width: 200, height: 60, context: shared)
            .plainText()
        #expect(eco.contains("Marieke (Nederlan"))
        #expect(eco.contains("Mailinglist vakco"))
    }

    @Test("From 120 columns the ecogram shows whole names, and side-pane sentences wrap instead of being cut")
    func wholeNamesOnAWideScreen() throws {
        let section = try NetworksFixture.section()
        let wide = NetworksFixture.render(NetworksScreen(), section, width: 200, height: 60, context: shared)
            .plainText()
        #expect(wide.contains("Joëlle (oud-stagiair)"))
        #expect(wide.contains("Mailinglist vakcommunity Engels"))
        #expect(!wide.contains("…"))
        let narrow = NetworksFixture.render(NetworksScreen(), section, width: 80, height: 24, context: shared)
            .plainText()
        #expect(narrow.contains("Joëlle (oud-stagi…"))
    }

    @Test("Negative ties and private notes stay off the shared screen unless switched on")
    func sensitiveHidden() throws {
        let section = try NetworksFixture.section()
        let e = section.networks.ecograms[0]
        let hiddenEdges = EcogramPicture.picture(e, section: section, context: shared, relation: nil).edges
        let shownEdges = EcogramPicture.picture(e, section: section, context: privateView, relation: nil)
            .edges
        // The Thomas–Fred tie is only R: gone. The Gemma–Thomas tie is K and R: K stays, R goes.
        #expect(hiddenEdges.count == e.ties.count - 1)
        #expect(shownEdges.count == e.ties.count)
        #expect(!hiddenEdges.contains { $0.letters.contains("R") })
        #expect(shownEdges.contains { $0.letters == "KR" })
        // Private notes: the selected contact's note appears only when switched on.
        var screen = NetworksScreen()
        screen.view.selected = e.contacts.first { $0.personID == DemoNetworks.thomas }!.id
        let note = "Denkt anders over de plaats"
        #expect(
            !NetworksFixture.render(screen, section, width: 200, height: 60, context: shared).plainText()
                .contains(note))
        #expect(
            NetworksFixture.render(screen, section, width: 200, height: 60, context: privateView).plainText()
                .contains(note))
        #expect(
            !NetworksFixture.render(screen, section, width: 200, height: 60, context: shared).plainText()
                .contains("ruzie"))
        // Sociogram: negative choices (drawn with −) only when switched on.
        let s = section.networks.sociograms[0]
        let f = SociogramFigures(s, section: section, measurement: 1, topic: nil)
        let hidden = SociogramPicture.picture(
            s, section: section, figures: f, measurement: 1, topic: nil, coloring: .community, context: shared
        )
        let shown = SociogramPicture.picture(
            s, section: section, figures: f, measurement: 1, topic: nil, coloring: .community,
            context: privateView)
        #expect(!hidden.edges.contains { $0.letters.hasPrefix("−") })
        #expect(shown.edges.contains { $0.letters.hasPrefix("−") })
        let metrics = NetworksFixture.render(
            SociogramScreen(mode: .metrics), section, width: 120, height: 60, context: shared
        ).plainText()
        // On the shared screen the statuses are counts: no name stands on their line.
        let statusLine = metrics.split(separator: "\n").first { $0.contains("Sociometrische status") } ?? ""
        #expect(!statusLine.isEmpty)
        for person in section.people { #expect(!statusLine.contains(person.name)) }
        let metricsPrivate = NetworksFixture.render(
            SociogramScreen(mode: .metrics), section, width: 120, height: 60, context: privateView
        ).plainText()
        #expect(metricsPrivate.contains("Sociometrische status"))
    }

    @Test("Network screens count as shared: hidden even when the app says not shared, until ! is pressed")
    func revealWithKey() throws {
        var section = try NetworksFixture.section()
        let notShared = ScreenContext(sharedScreen: false)
        var screen = NetworksScreen()
        screen.view.selected =
            section.networks.ecograms[0].contacts.first { $0.personID == DemoNetworks.thomas }!.id
        let note = "Denkt anders over de plaats"
        #expect(
            !NetworksFixture.render(screen, section, width: 200, height: 60, context: notShared).plainText()
                .contains(note))
        guard case .message = screen.handle(.key(.character("!")), section: &section, context: notShared)
        else {
            Issue.record("! should answer with a message")
            return
        }
        let shown = NetworksFixture.render(screen, section, width: 200, height: 60, context: notShared)
            .plainText()
        #expect(
            shown.contains(note) && shown.contains("[gevoelig zichtbaar]")
                && shown.contains("R regelmatig ruzie"))
        _ = screen.handle(.key(.character("!")), section: &section, context: notShared)
        #expect(
            !NetworksFixture.render(screen, section, width: 200, height: 60, context: notShared).plainText()
                .contains(note))
        var socio = SociogramScreen()
        _ = socio.handle(.key(.character("i")), section: &section, context: notShared)
        let figures = NetworksFixture.render(socio, section, width: 120, height: 60, context: notShared)
            .plainText()
        let statusLine = figures.split(separator: "\n").first { $0.contains("Sociometrische status") } ?? ""
        for person in section.people { #expect(!statusLine.contains(person.name)) }
        _ = socio.handle(.key(.character("!")), section: &section, context: notShared)
        #expect(
            NetworksFixture.render(socio, section, width: 120, height: 60, context: notShared).plainText()
                .contains("Sociometrische status"))
    }

    @Test("Space in the sociomatrix toggles a choice in the section, and again takes it back")
    func sociomatrixToggles() throws {
        var section = try NetworksFixture.section()
        var screen = SociogramScreen()
        #expect(screen.handle(.key(.character("s")), section: &section, context: shared) == .handled)
        #expect(screen.mode == .matrix)
        let topic = try #require(screen.topic)
        #expect(topic == DemoNetworks.zorg)
        // Row 2 is Fred (the isolate), column 0 Gemma.
        screen.matrixRow = 2
        screen.matrixColumn = 0
        let before = section.networks.sociograms[0].measurements[1].choices.count
        _ = screen.handle(.key(.character(" ")), section: &section, context: shared)
        let m = section.networks.sociograms[0].measurements[1]
        #expect(m.choices.count == before + 1)
        #expect(m.hasChoice(topic: topic, from: DemoNetworks.fred, to: DemoNetworks.gemma))
        // Space stays on the cell; Enter toggles and moves on, as when typing in a paper form.
        #expect(screen.matrixColumn == 0)
        // Fred is no longer isolated on this topic.
        let f = SociogramFigures(
            section.networks.sociograms[0], section: section, measurement: 1, topic: topic)
        #expect(!f.metrics.isolates.contains(2))
        screen.matrixColumn = 0
        _ = screen.handle(.key(.character(" ")), section: &section, context: shared)
        #expect(section.networks.sociograms[0].measurements[1].choices.count == before)
        // Nobody chooses themselves; negative choices need sensitive data switched on.
        screen.matrixColumn = 2
        _ = screen.handle(.key(.character(" ")), section: &section, context: shared)
        #expect(section.networks.sociograms[0].measurements[1].choices.count == before)
        screen.matrixColumn = 3
        _ = screen.handle(.key(.character("n")), section: &section, context: shared)
        #expect(section.networks.sociograms[0].measurements[1].choices.count == before)
        _ = screen.handle(.key(.character("n")), section: &section, context: privateView)
        #expect(!screen.isEditingText)
        let negative = section.networks.sociograms[0].measurements[1].choices.filter {
            $0.from == DemoNetworks.fred && $0.to == DemoNetworks.thomas
        }
        #expect(negative.count == 1 && negative.first?.negative == true)
        // The grid shows the choice as ● in Fred's row, Gemma's column.
        screen.matrixColumn = 0
        _ = screen.handle(.key(.character(" ")), section: &section, context: shared)
        let text = NetworksFixture.render(screen, section, width: 80, height: 24, context: shared).plainText()
        let fredRow = try #require(text.split(separator: "\n").first { $0.hasPrefix("Fred") })
        #expect(fredRow.contains("●"))
        #expect(screen.handle(.key(.escape), section: &section, context: shared) == .handled)
        #expect(screen.mode == .picture)
        #expect(screen.handle(.key(.escape), section: &section, context: shared) == .close)
    }

    @Test("Arrows move the selection to the nearest node in that direction")
    func navigation() throws {
        var section = try NetworksFixture.section()
        var screen = NetworksScreen()
        let e = section.networks.ecograms[0]
        let points = EcogramPicture.positions(e)
        screen.view.selected = e.centre.id
        for (key, check) in [
            (Key.right, { (p: PlanePoint) in p.x > 0 }), (.left, { $0.x < 0 }), (.up, { $0.y < 0 }),
            (.down, { $0.y > 0 }),
        ] {
            screen.view.selected = e.centre.id
            #expect(screen.handle(.key(key), section: &section, context: shared) == .handled)
            let sel = try #require(screen.view.selected)
            #expect(sel != e.centre.id)
            #expect(check(points[sel]!), "\(key)")
        }
    }

    @Test("Adding a contact by name links a section person; x removes it with its ties")
    func editingEcogram() throws {
        var section = try NetworksFixture.section()
        section.networks.ecograms[0].removeContact(
            section.networks.ecograms[0].contacts.first { $0.personID == DemoNetworks.theo }!.id)
        var screen = NetworksScreen()
        _ = screen.handle(.key(.character("a")), section: &section, context: shared)
        #expect(screen.isEditingText)
        for ch in "theo" { _ = screen.handle(.key(.character(ch)), section: &section, context: shared) }
        _ = screen.handle(.key(.enter), section: &section, context: shared)
        #expect(!screen.isEditingText)
        let e = section.networks.ecograms[0]
        let added = try #require(e.contacts.last)
        #expect(added.personID == DemoNetworks.theo)
        #expect(e.ties.contains { $0.connects(e.centre.id, added.id) })
        #expect(screen.view.selected == added.id)
        // K G E R toggle letters on the selected contact's tie with the centre.
        _ = screen.handle(.key(.character("E")), section: &section, context: shared)
        #expect(section.networks.ecograms[0].ties.last?.relations == ["K", "E"])
        // An own letter with a meaning, then put on the tie.
        _ = screen.handle(.key(.character(":")), section: &section, context: shared)
        for ch in "m mentor" { _ = screen.handle(.key(.character(ch)), section: &section, context: shared) }
        _ = screen.handle(.key(.enter), section: &section, context: shared)
        #expect(section.networks.ecograms[0].relation("M")?.meaningNL == "mentor")
        _ = screen.handle(.key(.character("M")), section: &section, context: shared)
        #expect(section.networks.ecograms[0].ties.last?.relations == ["K", "E", "M"])
        _ = screen.handle(.key(.character("x")), section: &section, context: shared)
        #expect(!section.networks.ecograms[0].contacts.contains { $0.id == added.id })
        #expect(!section.networks.ecograms[0].ties.contains { $0.touches(added.id) })
        // Keys the screen does not use go to the app.
        #expect(screen.handle(.key(.character("q")), section: &section, context: shared) == .ignored)
        #expect(screen.handle(.key(.escape), section: &section, context: shared) == .close)
    }

    @Test("In the network analysis, b fills the initiative's involved people")
    func analysisFillsInvolvement() throws {
        var section = try NetworksFixture.section()
        var screen = NetworksScreen()
        _ = screen.handle(.key(.tab), section: &section, context: shared)
        #expect(screen.kind == .analysis)
        let outcome = screen.handle(.key(.character("b")), section: &section, context: shared)
        guard case .message = outcome else {
            Issue.record("expected a message, got \(outcome)")
            return
        }
        let initiative = try #require(section.initiative(DemoNetworks.literatuuronderwijs))
        #expect(
            initiative.involved.contains {
                $0.personID == DemoNetworks.thomas && $0.positions.contains(.user)
            })
    }

    @Test("L saves a layout; a person added afterwards keeps everyone else in place")
    func savedLayout() throws {
        var section = try NetworksFixture.section()
        var screen = SociogramScreen()
        _ = screen.handle(.key(.character("L")), section: &section, context: shared)
        let saved = section.networks.sociograms[0].layout
        #expect(saved.positions.count == 7)
        _ = screen.handle(.key(.character("a")), section: &section, context: shared)
        for ch in "Anouk" { _ = screen.handle(.key(.character(ch)), section: &section, context: shared) }
        _ = screen.handle(.key(.enter), section: &section, context: shared)
        let after = section.networks.sociograms[0]
        #expect(after.outsiders.map(\.name) == ["Anouk"])
        for id in DemoNetworks.sociogram.personIDs { #expect(after.layout[id] == saved[id]) }
        #expect(after.layout[after.outsiders[0].id] != nil)
    }

    @Test("Without colour no cell carries a colour, and markers tell the groups")
    func noColour() throws {
        let section = try NetworksFixture.section()
        var c = shared
        c.color = false
        for grid in [
            NetworksFixture.render(NetworksScreen(), section, width: 100, height: 30, context: c),
            NetworksFixture.render(SociogramScreen(), section, width: 100, height: 30, context: c),
        ] {
            #expect(grid.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        }
        let eco = NetworksFixture.render(NetworksScreen(), section, width: 100, height: 30, context: c)
            .plainText()
        #expect(eco.contains("● eigen sectie") && eco.contains("▲") && eco.contains("◆"))
        let socio = NetworksFixture.render(SociogramScreen(), section, width: 100, height: 30, context: c)
            .plainText()
        #expect(socio.contains("× Fred"))
    }

    @Test("The metrics panel explains each figure and compares with the previous measurement")
    func metricsPanel() throws {
        let section = try NetworksFixture.section()
        let text = NetworksFixture.render(
            SociogramScreen(mode: .metrics), section, width: 200, height: 60, context: shared
        ).plainText()
        for term in [
            "Hechtheid", "Wederkerigheid", "Subgroepen", "Centraal", "Bruggenbouwer", "Periferie",
            "Geïsoleerd", "Vergeleken met de vorige meting",
        ] {
            #expect(text.contains(term), "\(term)")
        }
        #expect(text.contains(MetricExplanation.density.dutch))
        let english = NetworksFixture.render(
            SociogramScreen(mode: .metrics), section, width: 200, height: 60,
            context: ScreenContext(language: .en, sharedScreen: true)
        ).plainText()
        #expect(english.contains("Density") && english.contains(MetricExplanation.density.english))
    }
}

@Suite("Networks moving nodes")
struct NetworksMoveTests {
    @Test("v then an arrow moves the selected node and saves its place; others keep theirs")
    func moveAndSave() throws {
        var section = try NetworksFixture.section()
        let c = ScreenContext(sharedScreen: true)
        var screen = SociogramScreen()
        let before = SociogramPicture.positions(
            section.networks.sociograms[0],
            graph: SociogramPicture.layoutGraph(section.networks.sociograms[0]))
        screen.view.selected = DemoNetworks.fred
        _ = screen.handle(.key(.character("v")), section: &section, context: c)
        _ = screen.handle(.key(.right), section: &section, context: c)
        let s = section.networks.sociograms[0]
        let fred = try #require(s.layout[DemoNetworks.fred])
        #expect(abs(fred.x - (before[DemoNetworks.fred]!.x + 0.25)) < 1e-9)
        #expect(abs(fred.y - before[DemoNetworks.fred]!.y) < 1e-9)
        // Everyone else is saved where they were drawn, so nobody jumps at the next meeting.
        for id in s.personIDs where id != DemoNetworks.fred {
            #expect(s.layout[id] == LayoutPoint(x: before[id]!.x, y: before[id]!.y))
        }
        #expect(screen.view.selected == DemoNetworks.fred)
        var eco = NetworksScreen()
        let e = section.networks.ecograms[0]
        eco.view.selected = e.centre.id
        _ = eco.handle(.key(.character("v")), section: &section, context: c)
        _ = eco.handle(.key(.down), section: &section, context: c)
        #expect(section.networks.ecograms[0].layout[e.centre.id] == LayoutPoint(x: 0, y: 0.25))
    }
}

@Suite("Networks crowded drawings")
struct NetworksCrowdedTests {
    @Test(
        "A crowded sociogram falls back to initials, the selected person keeps the full name, nothing overlaps"
    )
    func initialsWhenCrowded() throws {
        var people: [Person] = []
        let first = ["Anouk", "Bram", "Céline", "Daan", "Eline", "Femke", "Gijs", "Hanneke", "Ilse", "Joost"]
        let last = ["de Boer", "Bakker", "Visser", "Smit"]
        for i in 0..<40 { people.append(Person(name: "\(first[i % 10]) \(last[i / 10])")) }
        var choices: [SociogramChoice] = []
        let topic = SociogramTopic(name: "zorg")
        for i in 0..<40 {
            choices.append(
                SociogramChoice(topicID: topic.id, from: people[i].id, to: people[(i + 1) % 40].id))
            choices.append(
                SociogramChoice(topicID: topic.id, from: people[i].id, to: people[(i * 7 + 3) % 40].id))
        }
        let s = Sociogram(
            name: "Groot team", personIDs: people.map(\.id), topics: [topic],
            measurements: [SociogramMeasurement(date: Day(year: 2026, month: 1, day: 1), choices: choices)])
        let section = Section(name: "Team", people: people, networks: Networks(sociograms: [s]))
        let f = SociogramFigures(s, section: section, measurement: 0, topic: nil)
        let c = ScreenContext(sharedScreen: true)
        let picture = SociogramPicture.picture(
            s, section: section, figures: f, measurement: 0, topic: nil, coloring: .role, context: c)
        let area = Rect(x: 0, y: 1, width: 80, height: 17)
        var grid = Grid(width: 80, height: 24)
        let selected = people[5].id
        let placement = picture.render(into: &grid, area: area, selected: selected, color: true)
        #expect(placement.usedInitials)
        #expect(placement.unplaced.isEmpty)
        #expect(placement.texts[selected] == people[5].name)
        #expect(placement.texts[people[6].id] == people[6].initials)
        let boxes = Array(placement.boxes.values)
        for i in boxes.indices {
            for j in boxes.indices where i < j { #expect(!boxes[i].overlaps(boxes[j])) }
        }
    }
}

/// The ecogram's name prompt finds colleagues by the one person lookup the command line uses.
@Suite struct NetworksPersonLookupTests {
    @Test(arguments: ["Hoekstra", "TH", "thomas hoekstra"])
    func aSurnameOrInitialsLinkTheColleague(_ typed: String) throws {
        var section = try NetworksFixture.section()
        let e0 = section.networks.ecograms[0]
        if let c = e0.contacts.first(where: { $0.personID == DemoNetworks.thomas }) {
            section.networks.ecograms[0].removeContact(c.id)
        }
        var screen = NetworksScreen()
        let context = ScreenContext(sharedScreen: true)
        _ = screen.handle(.key(.character("a")), section: &section, context: context)
        for ch in typed { _ = screen.handle(.key(.character(ch)), section: &section, context: context) }
        _ = screen.handle(.key(.enter), section: &section, context: context)
        let added = try #require(section.networks.ecograms[0].contacts.last)
        #expect(added.personID == DemoNetworks.thomas, "\(typed) made an unlinked contact")
    }
}
