import Foundation
import KnooppuntModel

extension ScreenKind {
    static let sociogram = ScreenKind("sociogram")
}

/// Screen 4: the sociogram with its picture, figures and sociomatrix as sub-views of one feature (see
/// docs/METHOD.md, "The sociogram").
enum SociogramFeature: PictureFeature {
    static let kind = ScreenKind.sociogram
    static let tab: ScreenTab? = ScreenTab(key: "4", short: { _ in "Sociogram" }, help: { _ in "sociogram" })

    static func title(_ state: AppState) -> String { "Sociogram" }

    static var screen: WritableKeyPath<AppState, SociogramScreen> { \.sociogram }
}
