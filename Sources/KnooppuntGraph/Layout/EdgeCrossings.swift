/// Counts pairs of edges whose straight segments cross, the usual readability figure for a drawing.
/// Edges that share an end point never count; each unordered pair of nodes counts once (a mutual tie is
/// one line).
public enum EdgeCrossings {
    public static func count(_ points: [PlanePoint], edges: [(Int, Int)]) -> Int {
        var seen = Set<[Int]>()
        var segments: [(Int, Int)] = []
        for (a, b) in edges where a != b {
            let key = [min(a, b), max(a, b)]
            if seen.insert(key).inserted { segments.append((key[0], key[1])) }
        }
        var crossings = 0
        for i in 0..<segments.count {
            let (a, b) = segments[i]
            for j in (i + 1)..<segments.count {
                let (c, d) = segments[j]
                if a == c || a == d || b == c || b == d { continue }
                if properlyCross(points[a], points[b], points[c], points[d]) { crossings += 1 }
            }
        }
        return crossings
    }

    /// True when the open segments ab and cd intersect in one point (collinear overlaps do not count).
    static func properlyCross(_ a: PlanePoint, _ b: PlanePoint, _ c: PlanePoint, _ d: PlanePoint) -> Bool {
        let d1 = orientation(c, d, a), d2 = orientation(c, d, b)
        let d3 = orientation(a, b, c), d4 = orientation(a, b, d)
        return d1 * d2 < 0 && d3 * d4 < 0
    }

    static func orientation(_ p: PlanePoint, _ q: PlanePoint, _ r: PlanePoint) -> Double {
        let v = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
        return abs(v) < 1e-12 ? 0 : v
    }
}
