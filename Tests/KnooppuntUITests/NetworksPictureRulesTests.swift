import Foundation
import KnooppuntGraph
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// The network pictures as the method draws them: rings and sectors in the ecogram, no arrowheads or
/// letters piled up around the centre, one arrow meaning per picture said in the legend, arrows that
/// go to what is seen, the × of isolated people.
@Suite("Network picture rules")
struct NetworksPictureRulesTests {
    let context = ScreenContext(sharedScreen: true, today: Day(year: 2026, month: 11, day: 21))
    static let arrows: Set<Character> = ["→", "←", "↑", "↓", "↗", "↘", "↙", "↖"]

    @Test("Around the ecogram's centre only lines: no arrowhead or letter within a row and two columns")
    func nothingPilesUpAroundTheCentre() throws {
        let section = try NetworksFixture.section()
        for (w, h) in [(80, 24), (200, 60)] {
            let grid = NetworksFixture.render(
                NetworksScreen(), section, width: w, height: h, context: context)
            // The centre's label where the drawing put it (its first name or its full name).
            let e = section.networks.ecograms[0]
            let picture = EcogramPicture.picture(e, section: section, context: context, relation: nil)
            let area = NetworkScreenLayout(grid.bounds, legend: EcogramPicture.legend(e, context: context))
                .picture
            let boxes = picture.place(area: area, selected: nil, color: true).boxes
            let box = try #require(boxes[e.centre.id])
            let (row, column, label) = (box.y, box.x, box.width)
            for y in (row - 1)...(row + 1) {
                let line = Array(grid.line(y))
                for x in (column - 2)..<(column + label + 2) where x >= 0 && x < line.count {
                    // Labels may stand close to the centre (ring 1 is near at 80×24); marks may not.
                    if boxes.values.contains(where: { $0.contains(column: x, row: y) }) { continue }
                    let ch = line[x]
                    let braille =
                        ch.unicodeScalars.first.map { (0x2800...0x28FF).contains($0.value) } ?? false
                    #expect(
                        ch == " " || braille,
                        "\(w)×\(h): \(ch) beside the centre at row \(y): \(String(line))")
                }
            }
        }
    }

    @Test("The ecogram draws its rings up to the outermost in use, and a line between areas")
    func ringsAndSectors() throws {
        let demo = try NetworksFixture.section().networks.ecograms[0]
        // Contacts on all three rings, in all three areas (sectie 6, school 2, buiten 2): three
        // sector lines, the first straight up (−π/2), the next 6/10 of a turn further.
        let b = EcogramPicture.backdrop(demo)
        #expect(b.radii == [1, 2, 3])
        #expect(b.rays.count == 3)
        #expect(abs(b.rays[0] + Double.pi / 2) < 1e-12)
        #expect(abs(b.rays[1] - (-Double.pi / 2 + 2 * Double.pi * 0.6)) < 1e-12)
        // From 100 columns the areas are named outside the outer ring; at 80 there is no room.
        let full = try NetworksFixture.section()
        let wide = NetworksFixture.render(NetworksScreen(), full, width: 200, height: 60, context: context)
        let drawing = (2..<55).map { wide.line($0) }.joined(separator: "\n")
        for name in ["eigen sectie", "elders in school", "buiten school"] {
            #expect(drawing.contains(name), "\(name) named in the drawing at 200×60")
        }
        let narrow = NetworksFixture.render(NetworksScreen(), full, width: 80, height: 24, context: context)
        #expect(!(2..<16).map { narrow.line($0) }.joined().contains("elders in school"))
        // One contact far away and no ties at all: no line to draw, yet the rings are there.
        var section = try NetworksFixture.section()
        let lone = Ecogram(
            name: "Alleen", centre: EcogramCentre(name: "Ans"),
            contacts: [EcogramContact(name: "Bob", area: .school, ring: .far)])
        section.networks.ecograms = [lone]
        #expect(EcogramPicture.backdrop(lone).rays.isEmpty)
        let grid = NetworksFixture.render(NetworksScreen(), section, width: 80, height: 24, context: context)
        let dots = (2..<14).flatMap { Array(grid.line($0)) }.filter {
            $0.unicodeScalars.first.map { (0x2801...0x28FF).contains($0.value) } ?? false
        }
        #expect(dots.count > 20, "rings of Braille dots without any tie")
    }

    @Test("A one-way line carries its arrow beside its letters, pointing from giver to receiver")
    func arrowBesideLetters() {
        // Two nodes on one row, far apart: the mark lies on the line between them.
        let a = UUID(), b = UUID()
        func drawn(from: UUID, to: UUID) -> String {
            let picture = NetworkPicture(
                nodes: [
                    .init(id: a, name: "Ans", label: "Ans", initials: "A", point: PlanePoint(x: 0, y: 0)),
                    .init(id: b, name: "Bob", label: "Bob", initials: "B", point: PlanePoint(x: 10, y: 0)),
                ],
                edges: [.init(from: from, to: to, arrowAtTo: true, letters: "K")],
                marks: .alongLine(centre: a))
            var grid = Grid(width: 60, height: 5)
            picture.render(into: &grid, area: grid.bounds, selected: nil, color: true)
            return grid.plainText()
        }
        // Ans gives to Bob (left to right): "K→"; Bob gives to Ans: the arrow goes first, "←K".
        #expect(drawn(from: a, to: b).contains("K→"))
        #expect(drawn(from: b, to: a).contains("←K"))
        // A mutual line has no arrow at all.
        let mutual = NetworkPicture(
            nodes: [
                .init(id: a, name: "Ans", label: "Ans", initials: "A", point: PlanePoint(x: 0, y: 0)),
                .init(id: b, name: "Bob", label: "Bob", initials: "B", point: PlanePoint(x: 10, y: 0)),
            ],
            edges: [.init(from: a, to: b, arrowAtTo: true, arrowAtFrom: true, letters: "G")],
            marks: .alongLine(centre: a))
        var grid = Grid(width: 60, height: 5)
        mutual.render(into: &grid, area: grid.bounds, selected: nil, color: true)
        #expect(grid.plainText().contains("G"))
        #expect(!grid.plainText().contains { Self.arrows.contains($0) })
    }

    @Test("Each legend says its one arrow meaning")
    func legendsSayTheArrow() throws {
        let section = try NetworksFixture.section()
        let eco = EcogramPicture.legend(section.networks.ecograms[0], context: context).joined(separator: " ")
        #expect(eco.contains("A→B: A geeft, B krijgt"))
        #expect(eco.contains("ringen"))
        let socio = SociogramPicture.legend(
            section.networks.sociograms[0], coloring: .community, topic: nil, context: context
        ).joined(separator: " ")
        #expect(socio.contains("A→B: A vraagt B"))
        #expect(socio.contains("× geïsoleerd"))
    }

    @Test("An isolated person carries the × in colour too")
    func isolatedCross() throws {
        // In the demo's latest measurement Fred chooses nobody and nobody chooses him.
        let section = try NetworksFixture.section()
        for coloring in SociogramColoring.allCases {
            var screen = SociogramScreen()
            screen.coloring = coloring
            let grid = NetworksFixture.render(screen, section, width: 200, height: 60, context: context)
            #expect(grid.plainText().contains("× Fred"), "\(coloring)")
        }
    }

    /// Centre in the middle, four contacts around it at saved places, listed in another order than
    /// they are seen.
    static func compass() -> (Section, [String: UUID]) {
        var section = UIFixture.section()
        var e = Ecogram(name: "Kompas", centre: EcogramCentre(name: "Midden"))
        var ids: [String: UUID] = ["Midden": e.centre.id]
        e.layout[e.centre.id] = LayoutPoint(x: 0, y: 0)
        for (name, x, y) in [("Onder", 0.0, 2.0), ("Rechts", 2, 0), ("Boven", 0, -2), ("Links", -2, 0)] {
            let c = EcogramContact(name: name, area: .school)
            e.contacts.append(c)
            e.layout[c.id] = LayoutPoint(x: x, y: y)
            ids[name] = c.id
        }
        section.networks.ecograms = [e]
        return (section, ids)
    }

    @Test("Arrows go to the person seen in that direction, and never to one zoomed out of sight")
    func arrowsFollowTheScreen() {
        var (section, ids) = Self.compass()
        for (key, name) in [(Key.right, "Rechts"), (.left, "Links"), (.up, "Boven"), (.down, "Onder")] {
            var screen = NetworksScreen()
            screen.view.selected = ids["Midden"]
            _ = screen.handle(.key(key), section: &section, context: context)
            #expect(screen.view.selected == ids[name], "\(key) goes to \(name)")
        }
        // Zoomed in eight times the four contacts lie far outside the drawing: the arrows stay on
        // the centre (the layout alone would have gone to Rechts).
        var screen = NetworksScreen()
        screen.view.selected = ids["Midden"]
        screen.view.zoom = 8
        _ = screen.handle(.key(.right), section: &section, context: context)
        #expect(screen.view.selected == ids["Midden"])
    }

    @Test("From a wide selected name, right is what lies beyond its end, not what lies under it")
    func wideLabel() {
        // As the demo ecogram at 80×24 with Gemma selected: her full name on row 9, columns 34-47;
        // Heleen's label on row 10, columns 41-46, under the end of it; Fred on row 9, columns 53-56.
        // Measured from label middles Heleen (4 right, 1 row = 2 down: 4 + 2 × 2 = 8) beat Fred (13).
        let gemma = UUID(), heleen = UUID(), fred = UUID()
        let boxes = [
            gemma: LabelBox(x: 34, y: 9, width: 14), heleen: LabelBox(x: 41, y: 10, width: 6),
            fred: LabelBox(x: 53, y: 9, width: 4),
        ]
        let order = [gemma, heleen, fred]
        #expect(PictureView.nearest(from: gemma, direction: .right, boxes: boxes, order: order) == fred)
        #expect(PictureView.nearest(from: gemma, direction: .down, boxes: boxes, order: order) == heleen)
        #expect(PictureView.nearest(from: fred, direction: .left, boxes: boxes, order: order) == gemma)
        #expect(PictureView.nearest(from: gemma, direction: .up, boxes: boxes, order: order) == nil)
        // Nothing selected: the first in the list that is on the screen.
        #expect(
            PictureView.nearest(from: nil, direction: .up, boxes: [fred: boxes[fred]!], order: order) == fred)
    }

    @Test("With nothing in the 60° cone an arrow takes the nearest on that side")
    func arrowFallsBackToTheSide() {
        let a = UUID(), b = UUID()
        // b lies 1 right and 3 down of a: outside the cone of "right" (3 > 1,8 × 1), still on its side.
        let points = [a: PlanePoint(x: 0, y: 0), b: PlanePoint(x: 1, y: 3)]
        #expect(PictureView.nearest(from: a, direction: .right, points: points, order: [a, b]) == b)
        #expect(PictureView.nearest(from: a, direction: .left, points: points, order: [a, b]) == nil)
    }
}
