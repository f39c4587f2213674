/// What each figure means for the section, in one line, for the interface and `knooppunt analyse`.
/// Dutch first (the users are Dutch teachers), English as the second language. The wording follows
/// the method's reading of a sociogram (docs/METHOD.md). KnooppuntGraph computes the figures and holds
/// no wording; a role's explanation is found through `RoleWording`.
public enum MetricExplanation: String, CaseIterable, Hashable, Sendable {
    case density, reciprocity, subgroups, central, peripheral, isolated, broker
    case components, betweenness, constraint, modularity, eiIndex
    case askedMost, asksMost

    /// The Dutch term, as a label.
    public var dutchTerm: String {
        switch self {
        case .density: "hechtheid"
        case .reciprocity: "wederkerigheid"
        case .subgroups: "subgroepen"
        case .central: "centraal"
        case .peripheral: "periferie"
        case .isolated: "geïsoleerd"
        case .broker: "bruggenbouwer"
        case .components: "delen"
        case .betweenness: "tussenpositie"
        case .constraint: "ingesloten"
        case .modularity: "modulariteit"
        case .eiIndex: "E-I-index"
        case .askedMost: "meest gevraagd"
        case .asksMost: "vraagt het meest"
        }
    }

    public var englishTerm: String {
        switch self {
        case .density: "density"
        case .reciprocity: "reciprocity"
        case .subgroups: "subgroups"
        case .central: "central"
        case .peripheral: "peripheral"
        case .isolated: "isolated"
        case .broker: "broker"
        case .components: "components"
        case .betweenness: "betweenness"
        case .constraint: "constraint"
        case .modularity: "modularity"
        case .eiIndex: "E-I index"
        case .askedMost: "asked most"
        case .asksMost: "asks most"
        }
    }

    /// One line in Dutch: what the figure says about the section.
    public var dutch: String {
        switch self {
        case .density:
            "Hoeveel van alle mogelijke banden er echt zijn: hoe hoger, hoe hechter de sectie."
        case .reciprocity:
            "Welk deel van de banden van twee kanten komt: wederzijdse banden zijn sterk, eenzijdige zwak."
        case .subgroups:
            "Groepjes die vooral onderling contact hebben; alleen genoemd als de deling duidelijk is (modulariteit vanaf 0,3, minstens twee groepjes van twee)."
        case .central:
            "Wordt door veel collega's gekozen (een vraagbaak) en heeft veel wederzijdse banden; wie alleen zelf veel vraagt, is niet centraal."
        case .peripheral:
            "Heeft maar met één of een paar collega's contact (naar de grootte en hechtheid van de sectie) en staat aan de rand."
        case .isolated:
            "Heeft met niemand contact over dit onderwerp; nodig deze collega uit."
        case .broker:
            "Verbindt groepjes die anders los van elkaar staan en overbrugt zo een structureel gat."
        case .components:
            "Aantal losse delen van het netwerk die niet via banden met elkaar verbonden zijn."
        case .betweenness:
            "Hoe vaak iemand op de kortste weg tussen twee anderen ligt: informatie gaat via deze persoon."
        case .constraint:
            "Hoe sterk iemands contacten ook elkaar kennen: hoog is een gesloten groep, laag een brugpositie."
        case .modularity:
            "Hoe duidelijk het netwerk in subgroepen uiteenvalt: boven 0,3 zijn de groepjes duidelijk."
        case .eiIndex:
            "−1: banden alleen binnen de eigen groep; +1: alleen met andere groepen; 0: in evenwicht."
        case .askedMost:
            "Bij wie de meeste pijlen aankomen: de collega's die het vaakst om raad gevraagd worden."
        case .asksMost:
            "Van wie de meeste pijlen vertrekken: wie het meest bij anderen te rade gaat."
        }
    }

    /// One line in English.
    public var english: String {
        switch self {
        case .density:
            "How many of all possible ties exist: the higher, the closer-knit the section."
        case .reciprocity:
            "The share of ties that go both ways: mutual ties are strong, one-way ties weak."
        case .subgroups:
            "Small groups who mostly talk among themselves; named only when the split is clear (modularity from 0.3, at least two groups of two)."
        case .central:
            "Chosen by many colleagues (someone people turn to) with many mutual ties; asking many oneself does not make one central."
        case .peripheral:
            "In touch with only one or a few colleagues (given the section's size and density), at the edge of the network."
        case .isolated:
            "Has no contact with anyone on this topic; invite this colleague in."
        case .broker:
            "Connects groups that would otherwise stand apart, bridging a structural hole."
        case .components:
            "Number of separate parts of the network that no tie connects."
        case .betweenness:
            "How often someone lies on the shortest path between two others: information passes them."
        case .constraint:
            "How much someone's contacts also know each other: high is a closed group, low a bridge."
        case .modularity:
            "How clearly the network splits into subgroups: above 0.3 the groups are clear."
        case .eiIndex:
            "−1: ties only within one's own group; +1: only with other groups; 0: balanced."
        case .askedMost:
            "Where most arrows arrive: the colleagues asked for advice most often."
        case .asksMost:
            "Where most arrows leave: who turns to others most."
        }
    }
}
