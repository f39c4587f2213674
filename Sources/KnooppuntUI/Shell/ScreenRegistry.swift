import Foundation
import KnooppuntModel

/// The one list of screens. Tabs (in this order), their keys, titles, the help overlay, the status
/// line, Tab order and the routing of keys, clicks and dialog answers are all derived from it.
enum ScreenRegistry {
    static let features: [any ScreenFeature.Type] = [
        PickerFeature.self,
        StappenplanFeature.self,
        JaaragendaFeature.self,
        NetworksFeature.self,
        SociogramFeature.self,
        PeopleFeature.self,
        MineFeature.self,
        ThermometerFeature.self,
        DimensiesFeature.self,
        ReviewFeature.self,
        MeetingFeature.self,
        InitiativeFeature.self,
        ConflictsFeature.self,
        SurveyImportFeature.self,
        InterventiesFeature.self,
        GroslijstFeature.self,
    ]

    /// The feature of a screen (or the shell's quit guard, which owns the question asked at a quit
    /// with unsaved work); the board for an unknown kind (a screen id can only come from code).
    static func feature(_ kind: ScreenKind) -> any ScreenFeature.Type {
        if kind == QuitGuard.kind { return QuitGuard.self }
        return features.first { $0.kind == kind } ?? StappenplanFeature.self
    }

    /// The screens with a tab, in tab order.
    static var tabbed: [any ScreenFeature.Type] { features.filter { $0.tab != nil } }

    /// The screen whose tab opens with `key`, if any.
    static func feature(forKey key: Character) -> (any ScreenFeature.Type)? {
        tabbed.first { $0.tab?.key == key }
    }
}
