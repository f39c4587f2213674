/// The names and tasks of the stappenplan (docs/METHOD.md), in Dutch as the method writes them and in
/// English: the one place for a step's name, used by the interface (board, editor, meeting mode), the
/// exports and the command line. Resources/guidance holds only each step's short column label and its
/// two lines of guidance.
public enum StepNames {
    public static func dutch(_ stage: Stage) -> String { name(stage).dutch }
    public static func english(_ stage: Stage) -> String { name(stage).english }

    /// What to do in this stage, as a short imperative (for "what is next for me").
    public static func dutchTask(_ stage: Stage) -> String { task(stage).dutch }
    public static func englishTask(_ stage: Stage) -> String { task(stage).english }

    private static func name(_ stage: Stage) -> (dutch: String, english: String) {
        switch stage {
        case .step(0): ("Het begin", "The beginning")
        case .step(1): ("Wil iemand daar iets mee?", "Does anyone want to take it on?")
        case .step(2): ("Wie betrek je daarbij?", "Whom do you involve?")
        case .step(3):
            ("Informeren van de sectie over initiatief", "Informing the section about the initiative")
        case .step(4): ("Uitwerken van initiatief in aanpak", "Working the initiative out into an approach")
        case .step(5):
            ("Initiatief bespreken met betrokkenen", "Discussing the initiative with those involved")
        case .step(6): ("Aanpassen aanpak", "Adjusting the approach")
        case .step(7): ("Aanpak bespreken in de sectie", "Discussing the approach in the section")
        case .step(8): ("Uitproberen initiatief", "Trying out the initiative")
        case .step(9):
            (
                "Verzamelen en bespreken van ervaringen in de sectie",
                "Collecting and discussing experiences in the section"
            )
        case .step(10): ("Bijstellen en uitwerken aanpak", "Refining and working out the approach")
        case .step: ("Onbekende stap", "Unknown step")
        case .closed: ("Afgerond", "Closed")
        case .dropped: ("Losgelaten", "Dropped")
        }
    }

    private static func task(_ stage: Stage) -> (dutch: String, english: String) {
        switch stage {
        case .step(0): ("beschrijf hoe het begon", "describe how it started")
        case .step(1):
            (
                "zoek een initiatiefnemer en bespreek de motivatie",
                "find an initiator and discuss their motivation"
            )
        case .step(2):
            (
                "bedenk wie je betrekt, in welke rol (netwerkanalyse)",
                "decide whom to involve and in which role (network analysis)"
            )
        case .step(3):
            (
                "vertel de sectie over het initiatief en verzamel input",
                "tell the section about the initiative and collect input"
            )
        case .step(4):
            (
                "leg doel, streefdatum en een eerste invulling vast",
                "record the goal, target date and a first content"
            )
        case .step(5): ("bespreek de aanpak met de betrokkenen", "discuss the approach with those involved")
        case .step(6): ("pas de aanpak aan op de reacties", "adjust the approach to the reactions")
        case .step(7):
            (
                "bespreek de aanpak in de sectie; wie doet mee met uitproberen?",
                "discuss the approach in the section; who joins the trial?"
            )
        case .step(8):
            (
                "maak afspraken over wat, hoe lang en waarop je let, en probeer uit",
                "agree what is tried, for how long and what to watch, then try it"
            )
        case .step(9):
            (
                "verzamel ervaringen en bespreek ze in de sectie",
                "collect experiences and discuss them in the section"
            )
        case .step(10):
            (
                "stel de aanpak bij; probeer wijzigingen opnieuw uit of rond af",
                "refine the approach; try changes again or close"
            )
        case .step: ("", "")
        case .closed: ("niets meer: het initiatief is afgerond", "nothing: the initiative is closed")
        case .dropped: ("niets meer: het initiatief is losgelaten", "nothing: the initiative was dropped")
        }
    }
}
