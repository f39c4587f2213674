import Foundation
import KnooppuntGraph
import KnooppuntModel
import Testing

@testable import KnooppuntUI

/// A large picture draws its selection over the picture as placed without one (an arrow key copies
/// cells instead of placing every label again), and clicks find what is drawn; the shell's change
/// that says itself whether it changed something.
@Suite("Selection drawn over a large picture")
struct NetworksSelectionOverTests {
    /// 150 people at scattered points with 1,200 ties: above the size from which selections go over.
    func picture() -> NetworkPicture {
        var rng = SeededRandom(seed: 21)
        let nodes = (0..<150).map { i in
            NetworkPicture.Node(
                id: UUID(), name: "Collega nummer \(i)", label: "C\(i)", initials: "\(i)",
                point: PlanePoint(x: Double(rng.next() % 1000), y: Double(rng.next() % 1000)), priority: i % 7
            )
        }
        let edges = (0..<1_200).map { i in
            NetworkPicture.Edge(from: nodes[i % 150].id, to: nodes[(i * 7 + 3) % 150].id)
        }
        return NetworkPicture(nodes: nodes, edges: edges)
    }

    func text(_ grid: Grid, _ box: LabelBox) -> String {
        (box.x..<box.maxX).map { grid[$0, box.y].text }.joined()
    }

    @Test("The selected name is written over the picture; every other cell stays as drawn without it")
    func placedSelection() throws {
        let p = picture()
        #expect(p.drawsSelectionOver)
        let area = Rect(x: 2, y: 1, width: 150, height: 40)
        var plain = Grid(width: 160, height: 45)
        p.renderCached(into: &plain, area: area, selected: nil, color: true)
        let before = p.shownPlacement(area: area, selected: nil, color: true)
        let node = try #require(
            p.nodes.first { before.boxes[$0.id] != nil && before.texts[$0.id] != $0.name })
        var grid = Grid(width: 160, height: 45)
        p.renderCached(into: &grid, area: area, selected: node.id, color: true)
        let box = try #require(p.shownPlacement(area: area, selected: node.id, color: true).boxes[node.id])
        #expect(text(grid, box) == node.name)
        #expect(grid[box.x, box.y].style.reverse && grid[box.x, box.y].style.bold)
        // Centred where its label stood, so the lines still meet it.
        let old = try #require(before.boxes[node.id])
        #expect(abs((box.x * 2 + box.width) - (old.x * 2 + old.width)) <= 1)
        #expect(box.y == old.y)
        for y in 0..<grid.height {
            for x in 0..<grid.width where !box.contains(column: x, row: y) {
                #expect(grid[x, y] == plain[x, y], "cell \(x), \(y) changed outside the selected name")
            }
        }
        // Drawing it again gives the same cells, and the drawing without a selection is unchanged.
        var again = Grid(width: 160, height: 45)
        p.renderCached(into: &again, area: area, selected: node.id, color: true)
        #expect(again == grid)
    }

    @Test("A person without a label of their own gets their name and their lines when selected")
    func unplacedSelection() throws {
        let p = picture()
        let area = Rect(x: 0, y: 0, width: 40, height: 8)
        let before = p.shownPlacement(area: area, selected: nil, color: false)
        let node = try #require(p.nodes.first { before.boxes[$0.id] == nil && before.outside[$0.id] == nil })
        var grid = Grid(width: 40, height: 8)
        p.renderCached(into: &grid, area: area, selected: node.id, color: false)
        let box = try #require(p.shownPlacement(area: area, selected: node.id, color: false).boxes[node.id])
        #expect(node.name.hasPrefix(text(grid, box).trimmingCharacters(in: .whitespaces)))
        #expect(grid[box.x, box.y].style.reverse)
    }

    @Test("A click finds the selected name where it is drawn, and the labels around it")
    func clicks() throws {
        let p = picture()
        let area = Rect(x: 1, y: 1, width: 150, height: 44)
        let drawn = NetworkScreenLayout(area, legend: []).picture
        let before = p.shownPlacement(area: drawn, selected: nil, color: true)
        let node = try #require(p.nodes.first { before.boxes[$0.id] != nil })
        var view = PictureView(selected: node.id)
        let shown = p.shownPlacement(area: drawn, selected: node.id, color: true)
        let box = try #require(shown.boxes[node.id])
        #expect(
            view.select(atColumn: box.maxX - 1, row: box.y, in: p, area: area, legend: [], color: true)
                == .handled)
        #expect(view.selected == node.id)
        let other = try #require(
            shown.boxes.first { $0.key != node.id && ($0.value.y != box.y || $0.value.x >= box.maxX + 1) })
        #expect(
            view.select(
                atColumn: other.value.x, row: other.value.y, in: p, area: area, legend: [], color: true)
                == .handled)
        #expect(view.selected == other.key)
    }

    @Test("A change that says it changed nothing records nothing; one that did is undoable and saved")
    func changeByEdit() {
        var driver = UIDriver()
        let name = driver.state.section.name
        #expect(App.change(&driver.state) { _ in false }.isEmpty)
        #expect(driver.state.undoStack.isEmpty)
        let effects = App.change(&driver.state, message: "ok") { section in
            section.name = name + " 2"
            return true
        }
        #expect(effects.contains { $0.isSave })
        #expect(driver.state.section.name == name + " 2")
        #expect(driver.state.undoStack.count == 1)
        #expect(driver.state.status == "ok")
    }
}
