import Foundation
import KnooppuntGraph
import Testing

@testable import KnooppuntUI

/// Zoom magnifies: what falls outside the drawing is left out, not pushed against its edge.
@Suite("Networks zoom and pan")
struct NetworksZoomTests {
    let left = UUID(), middle = UUID(), right = UUID()

    var picture: NetworkPicture {
        NetworkPicture(
            nodes: [
                .init(id: left, name: "Links", label: "Links", initials: "L", point: PlanePoint(x: -1, y: 0)),
                .init(
                    id: middle, name: "Midden", label: "Midden", initials: "M", point: PlanePoint(x: 0, y: 0)),
                .init(
                    id: right, name: "Rechts", label: "Rechts", initials: "R", point: PlanePoint(x: 1, y: 0)),
            ],
            edges: [.init(from: middle, to: right)])
    }

    @Test("Zoomed in four times only the middle node is on screen; the line to the right runs off the edge")
    func zoomLeavesOutside() throws {
        let area = Rect(x: 0, y: 0, width: 60, height: 9)
        let normal = picture.place(area: area, selected: nil, color: true)
        #expect(normal.boxes.count == 3 && normal.outside.isEmpty)
        var grid = Grid(width: 60, height: 9)
        let zoomed = picture.render(into: &grid, area: area, selected: nil, zoom: 4, color: true)
        #expect(Set(zoomed.boxes.keys) == [middle])
        #expect(Set(zoomed.outside.keys) == [left, right])
        #expect(zoomed.unplaced.isEmpty)
        #expect(!zoomed.usedInitials, "nodes out of sight do not make the drawing crowded")
        let text = grid.plainText()
        #expect(!text.contains("Links") && !text.contains("Rechts"))
        // The middle label stays in the middle; the line reaches the right edge.
        let box = try #require(zoomed.boxes[middle])
        #expect(abs(box.centreX - 30) <= 1)
        #expect(
            grid[59, box.y].text.unicodeScalars.first.map { (0x2800...0x28FF).contains($0.value) } == true)
        // Panned to the right, the right node comes into view and the middle one leaves it.
        let panned = picture.place(
            area: area, selected: nil, zoom: 4, pan: PlanePoint(x: 1, y: 0), color: true)
        #expect(Set(panned.boxes.keys) == [right])
    }
}
