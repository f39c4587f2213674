import Foundation
import KnooppuntGraph
import KnooppuntModel

/// Builds the drawing of an ecogram: the centre, contacts on rings by distance and in sectors by area
/// (docs/METHOD.md: close contacts near, a colour per area), ties with direction, relation letters and
/// strength. Negative ties (R) stay off a shared screen unless sensitive data is switched on.
enum EcogramPicture {
    /// Positions in layout space: saved ones where present, else rings (1 close, 2 middle, 3 far) with a
    /// sector per area.
    static func positions(_ e: Ecogram) -> [UUID: PlanePoint] {
        var nodes = [RingLayout.Node(ring: 0, sector: 0)]
        for c in e.contacts {
            nodes.append(
                RingLayout.Node(ring: c.ring.number, sector: Area.allCases.firstIndex(of: c.area) ?? 0))
        }
        let ring = RingLayout.place(nodes, sectorCount: Area.allCases.count)
        var result: [UUID: PlanePoint] = [e.centre.id: ring[0]]
        for (i, c) in e.contacts.enumerated() { result[c.id] = ring[i + 1] }
        for (key, p) in e.layout.positions {
            if let id = UUID(uuidString: key), result[id] != nil { result[id] = PlanePoint(x: p.x, y: p.y) }
        }
        return result
    }

    static func name(of contact: EcogramContact, in section: Section) -> String {
        contact.personID.flatMap { section.person($0)?.name } ?? contact.name
    }

    static func centreName(_ e: Ecogram, in section: Section) -> String {
        e.centre.personID.flatMap { section.person($0)?.name } ?? e.centre.name
    }

    static func hidesSensitive(_ c: ScreenContext) -> Bool { c.sharedScreen && !c.showSensitive }

    /// The ties as shown: negative letters removed when hidden, all-negative ties dropped, and only ties
    /// carrying `relation` when a filter is on.
    static func visibleTies(_ e: Ecogram, context: ScreenContext, relation: String?) -> [EcogramTie] {
        let hide = hidesSensitive(context)
        return e.ties.compactMap { tie in
            var t = tie
            if hide {
                if e.isNegative(tie) { return nil }
                t.relations = tie.relations.filter { !(e.relation($0)?.isNegative ?? false) }
            }
            if let relation, !t.relations.contains(relation) { return nil }
            return t
        }
    }

    static func picture(_ e: Ecogram, section: Section, context: ScreenContext, relation: String?)
        -> NetworkPicture
    {
        let points = positions(e)
        let names = e.contacts.map { name(of: $0, in: section) }
        var nodes: [NetworkPicture.Node] = []
        let centre = centreName(e, in: section)
        let centreInitials =
            e.centre.personID.flatMap { section.person($0)?.initials } ?? Person.defaultInitials(for: centre)
        nodes.append(
            .init(
                id: e.centre.id, name: centre, label: PersonLabel.short(centre, among: names),
                initials: centreInitials,
                marker: "◎", style: Style(bold: true, underline: true), point: points[e.centre.id] ?? .zero,
                priority: 1000))
        for (i, c) in e.contacts.enumerated() {
            let full = names[i]
            let label =
                c.personID != nil
                ? PersonLabel.short(full, among: names + [centre]) : PersonLabel.clipped(full)
            let initials =
                c.personID.flatMap { section.person($0)?.initials } ?? Person.defaultInitials(for: full)
            nodes.append(
                .init(
                    id: c.id, name: full, label: label, initials: initials,
                    marker: NetworkPalette.marker(c.area),
                    style: Style(foreground: NetworkPalette.color(c.area)), point: points[c.id] ?? .zero,
                    priority: 100 - c.ring.number * 10))
        }
        let edges = visibleTies(e, context: context, relation: relation).map { t -> NetworkPicture.Edge in
            let negative = e.isNegative(t)
            let first = t.relations.first ?? "K"
            return NetworkPicture.Edge(
                from: t.from, to: t.to, arrowAtTo: true, arrowAtFrom: t.direction == .mutual,
                letters: t.relations.joined(),
                pattern: negative ? .dashed : (t.strength == .weak ? .dotted : .solid),
                style: Style(foreground: NetworkPalette.color(relation: first)))
        }
        var picture = NetworkPicture(
            nodes: nodes, edges: edges, marks: .alongLine(centre: e.centre.id),
            backdrop: backdrop(e, context: context))
        GroslijstPicture.add(to: &picture, e, section: section, context: context)
        return picture
    }

    /// The rings up to the outermost one in use and, when contacts lie in more than one area, the
    /// lines between the areas' sectors, where `RingLayout` puts them: each area a wedge in proportion
    /// to its contacts, clockwise from the top in the order of `Area.allCases`.
    static func backdrop(_ e: Ecogram, context c: ScreenContext = ScreenContext()) -> Backdrop {
        let outer = e.contacts.map(\.ring.number).max() ?? 1
        let counts = Area.allCases.map { area in e.contacts.filter { $0.area == area }.count }
        let total = counts.reduce(0, +)
        var rays: [Double] = []
        var captions: [Backdrop.Caption] = []
        if counts.filter({ $0 > 0 }).count > 1 {
            var angle = -Double.pi / 2
            for (area, count) in zip(Area.allCases, counts) where count > 0 {
                rays.append(angle)
                let wedge = 2 * Double.pi * Double(count) / Double(total)
                captions.append(.init(angle: angle + wedge / 2, text: area.name(c.words)))
                angle += wedge
            }
        }
        return Backdrop(radii: (1...outer).map(Double.init), rays: rays, captions: captions)
    }

    /// The legend lines under the drawing: letters, line patterns and colours (or markers).
    static func legend(_ e: Ecogram, section: Section? = nil, context c: ScreenContext) -> [String] {
        let hide = hidesSensitive(c)
        let letters = e.relationLetters.filter { !(hide && $0.isNegative) }
            .map { "\($0.letter) \(c.language == .nl ? $0.meaningNL : $0.meaningEN)" }.joined(separator: "  ")
        let areas = Area.allCases.map {
            (c.color ? "" : NetworkPalette.marker($0) + " ") + $0.name(c.words)
                + (c.color ? " (\(colorName(NetworkPalette.color($0), c)))" : "")
        }.joined(separator: "  ")
        let lines = c.words.strongWeakABAGives
        let wishes = section.map { GroslijstPicture.legend(e, section: $0, context: c) } ?? []
        return [letters, areas + "  " + lines] + wishes
    }

    static func colorName(_ color: Color, _ c: ScreenContext) -> String {
        let w = c.words
        // In the order of Color's raw values.
        let names = [
            w.colorBlack, w.colorRed, w.colorGreen, w.colorYellow, w.colorBlue, w.colorMagenta, w.colorCyan,
            w.colorWhite,
        ]
        return names[Int(color.rawValue)]
    }
}
