/// The names and tasks of the stappenplan (docs/METHOD.md), in Dutch as the method writes them and in
/// English: the one place for a step's name, used by the interface (board, editor, meeting mode), the
/// exports and the command line. Resources/guidance holds only each step's short column label and its
/// two lines of guidance.
public enum StepNames {
    public static func dutch(_ stage: Stage) -> String {
        switch stage {
        case .step(0): return "Het begin"
        case .step(1): return "Wil iemand daar iets mee?"
        case .step(2): return "Wie betrek je daarbij?"
        case .step(3): return "Informeren van de sectie over initiatief"
        case .step(4): return "Uitwerken van initiatief in aanpak"
        case .step(5): return "Initiatief bespreken met betrokkenen"
        case .step(6): return "Aanpassen aanpak"
        case .step(7): return "Aanpak bespreken in de sectie"
        case .step(8): return "Uitproberen initiatief"
        case .step(9): return "Verzamelen en bespreken van ervaringen in de sectie"
        case .step(10): return "Bijstellen en uitwerken aanpak"
        case .step: return "Onbekende stap"
        case .closed: return "Afgerond"
        case .dropped: return "Losgelaten"
        }
    }

    public static func english(_ stage: Stage) -> String {
        switch stage {
        case .step(0): return "The beginning"
        case .step(1): return "Does anyone want to take it on?"
        case .step(2): return "Whom do you involve?"
        case .step(3): return "Informing the section about the initiative"
        case .step(4): return "Working the initiative out into an approach"
        case .step(5): return "Discussing the initiative with those involved"
        case .step(6): return "Adjusting the approach"
        case .step(7): return "Discussing the approach in the section"
        case .step(8): return "Trying out the initiative"
        case .step(9): return "Collecting and discussing experiences in the section"
        case .step(10): return "Refining and working out the approach"
        case .step: return "Unknown step"
        case .closed: return "Closed"
        case .dropped: return "Dropped"
        }
    }

    /// What to do in this stage, as a short imperative (for "what is next for me").
    public static func dutchTask(_ stage: Stage) -> String {
        switch stage {
        case .step(0): return "beschrijf hoe het begon"
        case .step(1): return "zoek een initiatiefnemer en bespreek de motivatie"
        case .step(2): return "bedenk wie je betrekt, in welke rol (netwerkanalyse)"
        case .step(3): return "vertel de sectie over het initiatief en verzamel input"
        case .step(4): return "leg doel, streefdatum en een eerste invulling vast"
        case .step(5): return "bespreek de aanpak met de betrokkenen"
        case .step(6): return "pas de aanpak aan op de reacties"
        case .step(7): return "bespreek de aanpak in de sectie; wie doet mee met uitproberen?"
        case .step(8): return "maak afspraken over wat, hoe lang en waarop je let, en probeer uit"
        case .step(9): return "verzamel ervaringen en bespreek ze in de sectie"
        case .step(10): return "stel de aanpak bij; probeer wijzigingen opnieuw uit of rond af"
        case .step: return ""
        case .closed: return "niets meer: het initiatief is afgerond"
        case .dropped: return "niets meer: het initiatief is losgelaten"
        }
    }

    public static func englishTask(_ stage: Stage) -> String {
        switch stage {
        case .step(0): return "describe how it started"
        case .step(1): return "find an initiator and discuss their motivation"
        case .step(2): return "decide whom to involve and in which role (network analysis)"
        case .step(3): return "tell the section about the initiative and collect input"
        case .step(4): return "record the goal, target date and a first content"
        case .step(5): return "discuss the approach with those involved"
        case .step(6): return "adjust the approach to the reactions"
        case .step(7): return "discuss the approach in the section; who joins the trial?"
        case .step(8): return "agree what is tried, for how long and what to watch, then try it"
        case .step(9): return "collect experiences and discuss them in the section"
        case .step(10): return "refine the approach; try changes again or close"
        case .step: return ""
        case .closed: return "nothing: the initiative is closed"
        case .dropped: return "nothing: the initiative was dropped"
        }
    }
}
