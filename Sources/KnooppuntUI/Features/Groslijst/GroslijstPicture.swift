import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The wished-for contacts of the centre's groslijst in that person's ecogram: a hollow node on the
/// far ring of its area, joined to the centre by a dashed line without letters. Contacts already in
/// the ecogram are not drawn twice; negative ones stay off a shared screen.
enum GroslijstPicture {
    static let marker = "◌"

    static func wished(_ e: Ecogram, section: Section, context: ScreenContext) -> [GroslijstEntry] {
        guard let owner = e.centre.personID, let list = section.instruments.groslijst(of: owner) else {
            return []
        }
        let hide = EcogramPicture.hidesSensitive(context)
        return list.wished.filter { w in
            if hide, !w.positive { return false }
            let key = NameKey(w.shownName(in: section))
            return !e.contacts.contains { c in
                if let p = w.personID { return c.personID == p }
                return c.personID == nil && NameKey(c.name) == key
            }
        }
    }

    /// Adds the wished-for contacts to a drawn ecogram, on a ring of their own outside the far ring
    /// (in their area's sector): they are not there yet, and the ecogram's own contacts keep their
    /// places, so writing a wish never moves anyone already drawn.
    static func add(
        to picture: inout NetworkPicture, _ e: Ecogram, section: Section, context: ScreenContext
    ) {
        let wishes = wished(e, section: section, context: context)
        guard !wishes.isEmpty else { return }
        func sector(_ a: Area) -> Int { Area.allCases.firstIndex(of: a) ?? 0 }
        let outside = EcogramRing.allCases.count + 1
        let nodes =
            [RingLayout.Node(ring: 0, sector: 0)]
            + e.contacts.map { RingLayout.Node(ring: $0.ring.number, sector: sector($0.area)) }
            + wishes.map { RingLayout.Node(ring: outside, sector: sector($0.area)) }
        let placed = RingLayout.place(nodes, sectorCount: Area.allCases.count)
        let first = 1 + e.contacts.count
        var points: [UUID: PlanePoint] = [:]
        // Just outside the far ring: apart from the contacts, without shrinking the whole drawing.
        let scale = (Double(EcogramRing.far.number) + 0.4) / Double(outside)
        for (k, w) in wishes.enumerated() {
            let p = placed[first + k]
            points[w.id] = PlanePoint(x: p.x * scale, y: p.y * scale)
        }
        for w in wishes {
            let name = w.shownName(in: section)
            picture.nodes.append(
                .init(
                    id: w.id, name: name, label: PersonLabel.clipped(name),
                    initials: w.personID.flatMap { section.person($0)?.initials }
                        ?? Person.defaultInitials(for: name),
                    marker: marker, style: Style(foreground: NetworkPalette.color(w.area), dim: true),
                    point: points[w.id] ?? .zero, priority: 5))
            picture.edges.append(
                NetworkPicture.Edge(
                    from: e.centre.id, to: w.id, arrowAtTo: false, pattern: .dashed, style: Style(dim: true)))
        }
    }

    /// The legend's line for them, when there are any.
    static func legend(_ e: Ecogram, section: Section, context c: ScreenContext) -> [String] {
        wished(e, section: section, context: c).isEmpty
            ? []
            : [
                c.words.wishedForContactLongListG(marker: marker)
            ]
    }
}
