import Foundation
import KnooppuntGraph
import KnooppuntModel

/// Where the network screens place each node, for anyone who must draw the same picture elsewhere: the
/// executable hands these to the exporters, so an SVG or a Gephi file shows the layout the section
/// saw on its screen (saved positions kept, new nodes placed as the screen places them).
public enum PicturePositions {
    public static func sociogram(_ s: Sociogram) -> [UUID: PlanePoint] {
        SociogramPicture.positions(s, graph: SociogramPicture.layoutGraph(s))
    }

    public static func ecogram(_ e: Ecogram) -> [UUID: PlanePoint] { EcogramPicture.positions(e) }

    public static func analysis(_ a: NetworkAnalysis) -> [UUID: PlanePoint] { AnalysisPicture.positions(a) }
}
