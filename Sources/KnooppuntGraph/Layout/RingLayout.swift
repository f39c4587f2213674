import Foundation

/// Concentric rings around a centre, with a sector per group (area of an ecogram contact, kind of a
/// network-analysis ingredient): the shape of the paper ecogram and the method's tablecloth.
public enum RingLayout {
    /// One node to place: its ring (0 = the centre, 1 = closest ring, ...) and its sector (0..<sectorCount).
    public struct Node: Hashable, Sendable {
        public var ring: Int
        public var sector: Int
        public init(ring: Int, sector: Int) { (self.ring, self.sector) = (ring, sector) }
    }

    /// Positions in layout space: ring r at radius r. Each sector gets a wedge in proportion to its number
    /// of nodes, and every node its own angle inside the wedge, so that no two nodes lie on one ray from
    /// the centre and lines from the centre do not run through other nodes. Sectors keep their order
    /// clockwise from the top, so the same areas are always in the same place.
    public static func place(_ nodes: [Node], sectorCount: Int) -> [PlanePoint] {
        var result = Array(repeating: PlanePoint.zero, count: nodes.count)
        let outer = nodes.indices.filter { nodes[$0].ring > 0 }
        guard !outer.isEmpty else { return result }
        let sectors = max(1, sectorCount)
        var members = Array(repeating: [Int](), count: sectors)
        for i in outer { members[min(max(0, nodes[i].sector), sectors - 1)].append(i) }
        let total = Double(outer.count)
        var start = -Double.pi / 2
        for sector in 0..<sectors where !members[sector].isEmpty {
            let list = members[sector].sorted { (nodes[$0].ring, $0) < (nodes[$1].ring, $1) }
            let wedge = 2 * Double.pi * Double(list.count) / total
            // Alternate inner and outer rings across the wedge so neighbours in angle differ in radius.
            let ordered = interleaveByRing(list, nodes)
            for (k, i) in ordered.enumerated() {
                let angle = start + wedge * (Double(k) + 0.5) / Double(list.count)
                let r = Double(nodes[i].ring)
                result[i] = PlanePoint(x: r * cos(angle), y: r * sin(angle))
            }
            start += wedge
        }
        return result
    }

    /// Orders nodes of one wedge so consecutive angles alternate between rings where possible.
    static func interleaveByRing(_ list: [Int], _ nodes: [Node]) -> [Int] {
        let byRing = Dictionary(grouping: list, by: { nodes[$0].ring }).sorted { $0.key < $1.key }.map(
            \.value)
        var queues = byRing
        var out: [Int] = []
        var progress = true
        while progress {
            progress = false
            for q in queues.indices where !queues[q].isEmpty {
                out.append(queues[q].removeFirst())
                progress = true
            }
        }
        return out
    }
}
