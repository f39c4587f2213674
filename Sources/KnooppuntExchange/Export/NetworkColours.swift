import KnooppuntModel

/// The colours of the pictures, chosen to match the terminal's colours (blue for the own section, green
/// for the school, magenta for outside; a colour per subgroup) and to stay apart when printed.
public enum NetworkColours {
    public typealias Colour = NetworkDocument.Colour

    public static func area(_ area: Area) -> Colour {
        switch area {
        case .ownSection: return Colour(43, 93, 170)
        case .school: return Colour(46, 139, 87)
        case .outside: return Colour(170, 51, 153)
        }
    }

    /// Subgroups: a qualitative palette, repeating after ten groups.
    static let groups: [Colour] = [
        Colour(31, 119, 180), Colour(255, 127, 14), Colour(44, 160, 44), Colour(214, 39, 40),
        Colour(148, 103, 189), Colour(140, 86, 75), Colour(227, 119, 194), Colour(188, 189, 34),
        Colour(23, 190, 207), Colour(127, 127, 127),
    ]

    public static func group(_ index: Int) -> Colour {
        groups[((index % groups.count) + groups.count) % groups.count]
    }

    public static let isolated = Colour(160, 160, 160)
    /// A person in no named subgroup (the split is not clear, or their group is them alone).
    public static let ungrouped = Colour(100, 120, 150)
    public static let centre = Colour(60, 60, 60)
    public static let tie = Colour(90, 90, 90)
    public static let negative = Colour(200, 30, 30)

    public static func relation(_ letter: String) -> Colour {
        switch letter {
        case "K": return Colour(43, 93, 170)
        case "G": return Colour(46, 139, 87)
        case "E": return Colour(196, 150, 0)
        case "R": return negative
        default: return Colour(0, 140, 150)
        }
    }

    /// Ingredients avoid the areas' blue, green and magenta, so a schakel is never read as an ingredient.
    static let ingredients: [Colour] = [
        Colour(230, 171, 2), Colour(255, 127, 14), Colour(23, 190, 207), Colour(214, 39, 40),
        Colour(140, 86, 75), Colour(247, 129, 191), Colour(188, 189, 34), Colour(127, 127, 127),
    ]

    public static func ingredient(_ kind: IngredientKind) -> Colour {
        let index = IngredientKind.allCases.firstIndex(of: kind) ?? 0
        return ingredients[index % ingredients.count]
    }
}
