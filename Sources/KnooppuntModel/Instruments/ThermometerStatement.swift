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
    public var dutchName: String {
        switch self {
        case .vertrouwen: "Vertrouwen"
        case .normen: "Normen"
        case .werkafspraken: "Werkafspraken"
        case .identificatie: "Identificatie"
        }
    }

    public var englishName: String {
        switch self {
        case .vertrouwen: "Trust"
        case .normen: "Norms"
        case .werkafspraken: "Working agreements"
        case .identificatie: "Identification"
        }
    }

    /// The statement a member scores, in our own words.
    public var dutchStatement: String {
        switch self {
        case .vertrouwen:
            "In deze groep durf ik te laten zien wat ik nog niet kan en stel ik elke vakvraag die ik heb."
        case .normen:
            "Onze gedeelde opvattingen over wat goed werk is, helpen mij in mijn werk."
        case .werkafspraken: "De afspraken die we met elkaar maakten, werken voor mij prettig."
        case .identificatie: "Ik voel me deel van de school als geheel."
        }
    }

    public var englishStatement: String {
        switch self {
        case .vertrouwen:
            "In this group I dare to show what I cannot do yet and I ask every professional question I have."
        case .normen: "Our shared views on what good work is help me in my work."
        case .werkafspraken: "The agreements we made with each other are pleasant to work with."
        case .identificatie: "I feel part of the school as a whole."
        }
    }

    /// What 1 and what 5 mean for this statement.
    public var dutchAnchors: (low: String, high: String) {
        switch self {
        case .vertrouwen: ("helemaal niet", "volledig")
        case .normen: ("eerder remmend", "zeer productief, versterkend")
        case .werkafspraken: ("remmend", "heel prettig om mee te werken")
        case .identificatie: ("helemaal geen deel van", "sterk verbonden")
        }
    }

    public var englishAnchors: (low: String, high: String) {
        switch self {
        case .vertrouwen: ("not at all", "fully")
        case .normen: ("hindering rather than helping", "very productive, strengthening")
        case .werkafspraken: ("hindering", "very pleasant to work with")
        case .identificatie: ("not part of it at all", "strongly connected")
        }
    }
}
