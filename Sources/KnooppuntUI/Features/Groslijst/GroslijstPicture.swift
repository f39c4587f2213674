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

    /// Adds the wished-for contacts to a drawn ecogram. They are placed by a ring layout of the whole
    /// ecogram with them on the far ring, but the ecogram's own contacts keep the places `points`
    /// gave them, so writing a wish never moves anyone already drawn.
    static func add(
        to picture: inout NetworkPicture, _ e: Ecogram, section: Section, context: ScreenContext
    ) {
        let wishes = wished(e, section: section, context: context)
        guard !wishes.isEmpty else { return }
        var extended = e
        extended.contacts += wishes.map {
            EcogramContact(id: $0.id, personID: $0.personID, name: $0.name, area: $0.area, ring: .far)
        }
        let points = EcogramPicture.positions(extended)
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
                c.text(
                    "\(marker) ┄ gewenst contact (groslijst, g)",
                    "\(marker) ┄ wished-for contact (long list, g)")
            ]
    }
}
