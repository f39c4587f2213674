import Foundation

/// One of the relatie-thermometer's four statements (docs/METHOD.md section 6), each scored 1 to 5
/// with its own anchors. The raw value is the key in files and in `show thermometer --json`.
public enum ThermometerStatement: String, CaseIterable, Hashable, Sendable, Codable {
    case vertrouwen
    case normen
    case werkafspraken
    case identificatie

    public static let scores = 1...5

    /// The short name on a screen: "Vertrouwen" / "Trust".
    public var dutchName: String { names.dutch }
    public var englishName: String { names.english }

    /// The short name in both languages.
    private var names: (dutch: String, english: String) {
        switch self {
        case .vertrouwen: ("Vertrouwen", "Trust")
        case .normen: ("Normen", "Norms")
        case .werkafspraken: ("Werkafspraken", "Working agreements")
        case .identificatie: ("Identificatie", "Identification")
        }
    }

    /// The statement a member scores, in our own words.
    public var dutchStatement: String { statements.dutch }
    public var englishStatement: String { statements.english }

    /// The statement in both languages.
    private var statements: (dutch: String, english: String) {
        switch self {
        case .vertrouwen:
            (
                "In deze groep durf ik te laten zien wat ik nog niet kan en stel ik elke vakvraag die ik heb.",
                "In this group I dare to show what I cannot do yet and I ask every professional question I have."
            )
        case .normen:
            (
                "Onze gedeelde opvattingen over wat goed werk is, helpen mij in mijn werk.",
                "Our shared views on what good work is help me in my work."
            )
        case .werkafspraken:
            (
                "De afspraken die we met elkaar maakten, werken voor mij prettig.",
                "The agreements we made with each other are pleasant to work with."
            )
        case .identificatie:
            ("Ik voel me deel van de school als geheel.", "I feel part of the school as a whole.")
        }
    }

    /// What 1 and what 5 mean for this statement.
    public var dutchAnchors: (low: String, high: String) { anchors.dutch }
    public var englishAnchors: (low: String, high: String) { anchors.english }

    /// The anchors in both languages.
    private var anchors: (dutch: (low: String, high: String), english: (low: String, high: String)) {
        switch self {
        case .vertrouwen: (("helemaal niet", "volledig"), ("not at all", "fully"))
        case .normen:
            (
                ("eerder remmend", "zeer productief, versterkend"),
                ("hindering rather than helping", "very productive, strengthening")
            )
        case .werkafspraken:
            (("remmend", "heel prettig om mee te werken"), ("hindering", "very pleasant to work with"))
        case .identificatie:
            (("helemaal geen deel van", "sterk verbonden"), ("not part of it at all", "strongly connected"))
        }
    }
}
