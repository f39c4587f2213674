import KnooppuntGraph
import KnooppuntModel

/// Colours and, for terminals without colour, the markers and letters that carry the same
/// information. Every colour distinction has a non-colour twin, listed in the legend.
enum NetworkPalette {
    static func color(_ area: Area) -> Color {
        switch area {
        case .ownSection: return .blue
        case .school: return .green
        case .outside: return .magenta
        }
    }

    /// A marker in front of a label when colour is off.
    static func marker(_ area: Area) -> String {
        switch area {
        case .ownSection: return "●"
        case .school: return "▲"
        case .outside: return "◆"
        }
    }

    static func color(relation letter: String) -> Color {
        switch letter {
        case "K": return .blue
        case "G": return .green
        case "E": return .yellow
        case "R": return .red
        default: return .cyan
        }
    }

    static func color(_ kind: IngredientKind) -> Color {
        switch kind {
        case .idea: return .yellow
        case .resource: return .green
        case .person: return .blue
        case .building: return .white
        case .software: return .cyan
        case .organisation: return .magenta
        case .image: return .red
        case .other: return .white
        }
    }

    /// One capital per kind (I idee, M middel, P persoon, G gebouw, S software, O organisatie,
    /// B beeld, X overig), shown before ingredient labels when colour is off.
    static func marker(_ kind: IngredientKind) -> String {
        switch kind {
        case .idea: return "I:"
        case .resource: return "M:"
        case .person: return "P:"
        case .building: return "G:"
        case .software: return "S:"
        case .organisation: return "O:"
        case .image: return "B:"
        case .other: return "X:"
        }
    }

    static let communityColors: [Color] = [.blue, .green, .magenta, .yellow, .cyan, .red, .white]

    static func color(community: Int) -> Color { communityColors[community % communityColors.count] }

    static func color(_ role: ActorRole) -> Color? {
        switch role {
        case .central: return .yellow
        case .broker: return .magenta
        case .member: return nil
        case .peripheral: return .cyan
        case .isolated: return .red
        }
    }

    static func marker(_ role: ActorRole) -> String {
        switch role {
        case .central: return "★"
        case .broker: return "◆"
        case .member: return ""
        case .peripheral: return "○"
        case .isolated: return "×"
        }
    }

    static func roleName(_ role: ActorRole, _ c: ScreenContext) -> String {
        RoleWording(role: role.rawValue).term(c.words)
    }
}
