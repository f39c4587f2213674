import Foundation
import KnooppuntGraph
import KnooppuntModel

/// Builds the drawing of a network analysis as the method's tablecloth: the initiative in the middle,
/// schakels on the inner ring (sectors by area), ingredients on the outer ring (sectors by kind),
/// lines from the centre to each schakel labelled with their positions (i p s l g) and dotted lines from
/// schakels to the ingredients they connect.
enum AnalysisPicture {

    /// The centre's node id: the initiative's id when there is one, else the analysis's own.
    static func centreID(_ a: NetworkAnalysis) -> UUID { a.initiativeID ?? a.id }

    /// The analysis's own name, with the initiative it is for when that is called otherwise (a renamed
    /// analysis, or one linked later with K).
    static func title(_ a: NetworkAnalysis, in section: Section) -> String {
        guard let initiative = a.initiativeID.flatMap({ section.initiative($0)?.title }) else {
            return a.name
        }
        return NameKey(initiative) == NameKey(a.name) ? initiative : "\(a.name) → \(initiative)"
    }

    static func positions(_ a: NetworkAnalysis) -> [UUID: PlanePoint] {
        var nodes = [RingLayout.Node(ring: 0, sector: 0)]
        let areaCount = Area.allCases.count
        for s in a.schakels {
            nodes.append(RingLayout.Node(ring: 1, sector: Area.allCases.firstIndex(of: s.area) ?? 0))
        }
        for i in a.ingredients {
            nodes.append(
                RingLayout.Node(ring: 2, sector: IngredientKind.allCases.firstIndex(of: i.kind) ?? 0))
        }
        // Schakels in sectors by area on the inner ring. Ingredients on the outer ring in the direction of
        // the schakels that connect them (circular mean of their angles), so lines stay short and rarely
        // cross; ingredients without a schakel follow, grouped by kind.
        let inner = RingLayout.place(Array(nodes.prefix(1 + a.schakels.count)), sectorCount: areaCount)
        var result: [UUID: PlanePoint] = [centreID(a): .zero]
        var angleOf: [UUID: Double] = [:]
        for (k, s) in a.schakels.enumerated() {
            let p = inner[k + 1]
            result[s.id] = PlanePoint(x: p.x * 1.1, y: p.y * 1.1)
            angleOf[s.id] = atan2(p.y, p.x)
        }
        func wanted(_ ingredient: Ingredient) -> Double? {
            let angles = a.schakels.filter { $0.ingredientIDs.contains(ingredient.id) }.compactMap {
                angleOf[$0.id]
            }
            guard !angles.isEmpty else { return nil }
            let x = angles.map { cos($0) }.reduce(0, +), y = angles.map { sin($0) }.reduce(0, +)
            var angle = atan2(y, x)
            if angle < -Double.pi / 2 { angle += 2 * Double.pi }
            return angle
        }
        let kinds = IngredientKind.allCases
        let sorted = a.ingredients.enumerated().sorted { l, r in
            let wl = wanted(l.element), wr = wanted(r.element)
            switch (wl, wr) {
            case (let x?, let y?): return (x, l.offset) < (y, r.offset)
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil):
                return (kinds.firstIndex(of: l.element.kind)!, l.offset) < (
                    kinds.firstIndex(of: r.element.kind)!, r.offset
                )
            }
        }
        // Evenly spaced slots on the outer ring; keep the angular order and choose the rotation and shift
        // that put ingredients closest to where their schakels are.
        let n = sorted.count
        let step = 2 * Double.pi / Double(max(1, n))
        func gap(_ a: Double, _ b: Double) -> Double {
            let d = abs(a - b).truncatingRemainder(dividingBy: 2 * Double.pi)
            return min(d, 2 * Double.pi - d)
        }
        var best = (cost: Double.infinity, offset: 0.0, shift: 0)
        for o in 0..<8 {
            let offset = -Double.pi / 2 + step * Double(o) / 8
            for shift in 0..<max(1, n) {
                var cost = 0.0
                for (k, entry) in sorted.enumerated() {
                    if let w = wanted(entry.element) {
                        cost += gap(w, offset + step * Double((k + shift) % n))
                    }
                }
                if cost < best.cost - 1e-12 { best = (cost, offset, shift) }
            }
        }
        for (k, entry) in sorted.enumerated() {
            let angle = best.offset + step * Double((k + best.shift) % max(1, n))
            result[entry.element.id] = PlanePoint(x: 2.3 * cos(angle), y: 2.3 * sin(angle))
        }
        for (key, p) in a.layout.positions {
            if let id = UUID(uuidString: key), result[id] != nil { result[id] = PlanePoint(x: p.x, y: p.y) }
        }
        return result
    }

    static func name(of s: Schakel, in section: Section) -> String {
        s.personID.flatMap { section.person($0)?.name } ?? s.name
    }

    static func picture(_ a: NetworkAnalysis, section: Section, context: ScreenContext) -> NetworkPicture {
        let points = positions(a)
        let names = a.schakels.map { name(of: $0, in: section) }
        let centre = title(a, in: section)
        var nodes: [NetworkPicture.Node] = [
            .init(
                id: centreID(a), name: centre, label: PersonLabel.clipped(centre, to: 24),
                initials: PersonLabel.clipped(centre, to: 10), marker: "◎",
                style: Style(bold: true, underline: true),
                point: .zero, priority: 1000)
        ]
        for (k, s) in a.schakels.enumerated() {
            let full = names[k]
            let label =
                s.personID != nil ? PersonLabel.short(full, among: names) : PersonLabel.clipped(full, to: 14)
            let initials =
                s.personID.flatMap { section.person($0)?.initials } ?? Person.defaultInitials(for: full)
            nodes.append(
                .init(
                    id: s.id, name: s.positions.isEmpty ? full : full + " (\(s.positionLetters))",
                    label: label,
                    initials: initials,
                    marker: NetworkPalette.marker(s.area),
                    style: Style(foreground: NetworkPalette.color(s.area), bold: true),
                    point: points[s.id] ?? .zero,
                    priority: 500))
        }
        for i in a.ingredients {
            nodes.append(
                .init(
                    id: i.id, name: i.name, label: PersonLabel.clipped(i.name, to: 16),
                    initials: PersonLabel.clipped(i.name, to: 6), marker: NetworkPalette.marker(i.kind),
                    style: Style(foreground: NetworkPalette.color(i.kind)), point: points[i.id] ?? .zero,
                    priority: 100))
        }
        var edges: [NetworkPicture.Edge] = []
        for s in a.schakels {
            edges.append(
                .init(
                    from: centreID(a), to: s.id, arrowAtTo: false, letters: s.positionLetters,
                    pattern: .solid,
                    style: Style(foreground: NetworkPalette.color(s.area))))
            for iid in s.ingredientIDs where a.ingredient(iid) != nil {
                edges.append(.init(from: s.id, to: iid, arrowAtTo: false, pattern: .dotted, style: .dim))
            }
        }
        return NetworkPicture(nodes: nodes, edges: edges, marks: .alongLine(centre: centreID(a)))
    }

    static func legend(context c: ScreenContext) -> [String] {
        let positions = c.words.iInitiatorPPartnerSLink
        let kinds: String
        if c.color {
            kinds = c.words.innerRingLinksOuterRingIngredients
        } else {
            kinds = IngredientKind.allCases.map {
                NetworkPalette.marker($0) + $0.label(c.words)
            }
            .joined(separator: " ")
        }
        return [positions, kinds]
    }
}
