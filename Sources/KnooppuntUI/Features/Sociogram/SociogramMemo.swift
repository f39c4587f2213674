import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The sociogram's figures and positions, computed once per content (see `Memo`).
enum SociogramMemo {
    struct FiguresKey: Hashable {
        var sociogram: Sociogram
        var names: [String]
        var attributes: [[String: String]]
        var measurement: Int
        var topic: UUID?
    }

    struct PositionsKey: Hashable {
        var members: [UUID]
        var layout: SavedLayout
        var choices: [[SociogramChoice]]
    }

    private static let figuresMemo = Memo<FiguresKey, SociogramFigures>(capacity: 16)
    private static let positionsMemo = Memo<PositionsKey, [UUID: PlanePoint]>(capacity: 8)

    static func figures(_ s: Sociogram, section: Section, measurement: Int, topic: UUID?) -> SociogramFigures
    {
        let key = FiguresKey(
            sociogram: s, names: s.memberIDs.map { s.memberName($0, in: section) },
            attributes: s.memberIDs.map { s.attributes(of: $0, in: section) }, measurement: measurement,
            topic: topic)
        return figuresMemo.value(for: key) {
            SociogramFigures(s, section: section, measurement: measurement, topic: topic)
        }
    }

    static func positions(_ s: Sociogram) -> [UUID: PlanePoint] {
        let key = PositionsKey(members: s.memberIDs, layout: s.layout, choices: s.measurements.map(\.choices))
        return positionsMemo.value(for: key) {
            SociogramPicture.positions(s, graph: SociogramPicture.layoutGraph(s))
        }
    }
}
