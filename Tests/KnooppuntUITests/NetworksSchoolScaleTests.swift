import Foundation
import KnooppuntGraph
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// The sociogram at school scale: the one-pass labels and label spots give what the per-item versions
/// gave, and a large sociogram's layout and figures come from the background without blocking a frame.
@Suite("Networks at school scale")
struct NetworksSchoolScaleTests {
    let context = ScreenContext(sharedScreen: true, today: Day(year: 2027, month: 3, day: 15))

    @Test("Short labels of a whole list equal asking name by name")
    func shortLabels() {
        let names = [
            "Gemma de Vries", "Gemma Jansen", "Fred Bos", "Fred Bos", "Theo", "", "  ", "Anaïs Smit",
            "Anaïs", "Jochem van Dijk",
        ]
        #expect(PersonLabel.short(names) == names.map { PersonLabel.short($0, among: names) })
        #expect(PersonLabel.short(names)[2] == "Fred", "the same full name twice is one person's name")
        #expect(PersonLabel.short(names)[0] == "Gemma de Vries")
    }

    @Test("Label placement skipping full rows equals the search cell by cell, sparse and crowded")
    func spotsEqualPlacement() {
        var rng = SeededRandom(seed: 14)
        for round in 0..<40 {
            let count = [5, 40, 300, 900][round % 4]
            let width = 20 + Int(rng.next() % 140)
            let height = 6 + Int(rng.next() % 50)
            let centres = (0..<count).map { _ in
                (
                    x: Double(rng.next() % 1000) / 1000 * Double(width),
                    y: Double(rng.next() % 1000) / 1000 * Double(height)
                )
            }
            let widths = (0..<count).map { _ in 1 + Int(rng.next() % 18) }
            let order = Array((0..<count).reversed())
            for gap in [1, 2] {
                let ours = LabelPlacement.place(
                    centres: centres, widths: widths, width: width, height: height, order: order, gap: gap)
                let theirs = CellByCellPlacement.place(
                    centres: centres, widths: widths, width: width, height: height, order: order, gap: gap)
                #expect(ours == theirs, "round \(round), \(count) labels in \(width)×\(height), gap \(gap)")
            }
        }
    }

    /// A sociogram too large for the input loop: 400 people, each choosing three colleagues.
    func largeSection() -> Section {
        let people = (0..<400).map { Person(name: "Collega \($0 / 20) \($0 % 20)") }
        let topic = SociogramTopic(name: "zorg")
        var choices: [SociogramChoice] = []
        for i in people.indices {
            for k in 1...3 {
                choices.append(
                    SociogramChoice(topicID: topic.id, from: people[i].id, to: people[(i + k * 7) % 400].id))
            }
        }
        let sociogram = Sociogram(
            name: "School", personIDs: people.map(\.id), topics: [topic],
            measurements: [SociogramMeasurement(date: context.today, choices: choices)])
        return Section(name: "School", people: people, networks: Networks(sociograms: [sociogram]))
    }

    @Test("A large sociogram draws a progress line first and its picture once the background is done")
    func backgroundPicture() {
        let section = largeSection()
        #expect(SociogramMemo.isLarge(section.networks.sociograms[0]))
        var screen = SociogramScreen()
        let (first, arrow) = BackgroundActivity.$enabled.withValue(true) { () -> (Grid, ScreenOutcome) in
            let grid = NetworksFixture.render(screen, section, width: 160, height: 45, context: context)
            // The layout is not ready: an arrow says so instead of waiting for it.
            var copy = section
            let outcome = screen.handle(.key(.right), section: &copy, context: context)
            return (grid, outcome)
        }
        #expect(first.plainText().contains("Bezig: indeling en cijfers van 400 mensen"))
        #expect(arrow == .message(SociogramScreen.computingMessage(context.projected(revealing: false))))
        // As the terminal loop does while work runs: draw again every 40 ms until the picture is there.
        var done = first
        let end = Date().addingTimeInterval(300)
        while done.plainText().contains("Bezig"), Date() < end {
            usleep(40_000)
            done = BackgroundActivity.$enabled.withValue(true) {
                NetworksFixture.render(screen, section, width: 160, height: 45, context: context)
            }
        }
        #expect(!done.plainText().contains("Bezig"))
        #expect(done.plainText().contains("hechtheid"), "the details pane shows the figures")
        // The same frame as computing everything inline (how `knooppunt show` draws it).
        let inline = NetworksFixture.render(screen, section, width: 160, height: 45, context: context)
        #expect(done == inline, "the background's picture is the one computed inline")
        var copy = section
        _ = BackgroundActivity.$enabled.withValue(true) {
            screen.handle(.key(.right), section: &copy, context: context)
        }
        #expect(screen.view.selected != nil, "with the layout ready an arrow selects someone")
    }

    @Test("A picture drawn again from the cached cells equals drawing it afresh")
    func cachedDrawing() throws {
        let section = try NetworksFixture.section()
        var screen = SociogramScreen()
        screen.view.selected = section.networks.sociograms[0].personIDs.first
        let once = NetworksFixture.render(screen, section, width: 120, height: 40, context: context)
        let again = NetworksFixture.render(screen, section, width: 120, height: 40, context: context)
        #expect(once == again)
        let s = section.networks.sociograms[0]
        let m = s.latestMeasurementIndex ?? 0
        let picture = SociogramPicture.picture(
            s, section: section,
            figures: SociogramMemo.figures(s, section: section, measurement: m, topic: nil),
            measurement: m, topic: nil, coloring: .community, context: context)
        var direct = Grid(width: 50, height: 20)
        picture.render(
            into: &direct, area: Rect(x: 3, y: 2, width: 40, height: 15), selected: nil, color: true)
        var cached = Grid(width: 50, height: 20)
        picture.renderCached(
            into: &cached, area: Rect(x: 3, y: 2, width: 40, height: 15), selected: nil, color: true)
        #expect(direct == cached)
    }
}

/// The label placement as first written, searching every cell of every row: the reference that
/// `LabelPlacement`, which skips rows without room, must equal.
enum CellByCellPlacement {
    static func place(
        centres: [(x: Double, y: Double)], widths: [Int], width: Int, height: Int, order: [Int], gap: Int
    ) -> [LabelBox?] {
        var result = [LabelBox?](repeating: nil, count: centres.count)
        var occupied = Array(repeating: Array(repeating: false, count: width), count: height)
        func isFree(x: Int, y: Int, w: Int) -> Bool {
            (max(0, x - gap)..<min(width, x + w + gap)).allSatisfy { !occupied[y][$0] }
        }
        for i in order {
            let w = min(max(1, widths[i]), width)
            let x0 = min(max(0, Int((centres[i].x - Double(w) / 2).rounded())), width - w)
            let y0 = min(max(0, Int(centres[i].y.rounded())), height - 1)
            var best: (cost: Double, box: LabelBox)? = nil
            for dy in 0..<height {
                let rowCost = Double(dy * 2) * Double(dy * 2)
                if let b = best, rowCost > b.cost { break }
                for y in dy == 0 ? [y0] : [y0 - dy, y0 + dy] where y >= 0 && y < height {
                    for dx in 0..<width {
                        let cost = rowCost + Double(dx * dx)
                        if let b = best, cost >= b.cost { break }
                        let xs = (dx == 0 ? [x0] : [x0 - dx, x0 + dx]).filter { $0 >= 0 && $0 + w <= width }
                        if let x = xs.first(where: { isFree(x: $0, y: y, w: w) }) {
                            best = (cost, LabelBox(x: x, y: y, width: w))
                            break
                        }
                    }
                }
            }
            guard let box = best?.box else { continue }
            for c in box.x..<box.maxX { occupied[box.y][c] = true }
            result[i] = box
        }
        return result
    }
}
