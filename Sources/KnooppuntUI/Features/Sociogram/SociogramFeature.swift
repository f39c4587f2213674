import Foundation
import KnooppuntModel

extension ScreenKind {
    static let sociogram = ScreenKind("sociogram")
}

/// Screen 4: the sociogram with its picture, figures and sociomatrix as sub-views of one feature (see
/// docs/METHOD.md, "The sociogram").
enum SociogramFeature: PictureFeature {
    static let kind = ScreenKind.sociogram
    static let tab: ScreenTab? = ScreenTab(key: "4", short: \.tabSociogram, help: \.tabHelpSociogram)

    static func title(_ state: AppState) -> String { "Sociogram" }

    /// `R` names the shown measurement here, so reloading after a conflict is `o`, as on screen 3.
    static var reloadKey: Character { "o" }

    /// The sociogram on screen, with its topic and measurement, as a picture.
    static func exportRequest(_ state: AppState) -> ExportRequest? {
        let s = state.sociogram
        guard state.section.networks.sociograms.indices.contains(s.index) else { return nil }
        let measurements = state.section.networks.sociograms[s.index].measurements
        guard let latest = measurements.indices.last else { return nil }
        let measurement = s.measurement.map { min(max($0, 0), latest) } ?? latest
        return .sociogram(index: s.index, topic: s.topic, measurement: measurement)
    }

    static var screen: WritableKeyPath<AppState, SociogramScreen> { \.sociogram }
}
