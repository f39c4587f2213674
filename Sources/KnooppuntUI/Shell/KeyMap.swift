import Foundation
import KnooppuntModel

/// Every key of every screen, for the help screen (`?`) and the status line. Kept beside each other so
/// that a new key is documented where the others are.
extension App {
    static func globalKeyHelp(_ state: AppState) -> [KeyHelp] {
        let t = state.t
        guard state.open != nil else {
            return [KeyHelp("?", t("deze hulp", "this help")), KeyHelp("q", t("stoppen", "quit"))]
        }
        return [
            KeyHelp(
                "1 … 6",
                t(
                    "stappenplan, jaaragenda, netwerken, sociogram, mensen, mijn initiatieven",
                    "stappenplan, year agenda, networks, sociogram, people, my initiatives")),
            KeyHelp("m", t("overlegmodus (gedeeld scherm)", "meeting mode (shared screen)")),
            KeyHelp("Tab ⇧Tab", t("volgend / vorig scherm", "next / previous screen")),
            KeyHelp("u", t("ongedaan maken", "undo")),
            KeyHelp("Ctrl-R", t("opnieuw doen", "redo")),
            KeyHelp("R", t("opnieuw inlezen na een conflict", "reload after a conflict")),
            KeyHelp("S", t("andere sectie kiezen", "choose another section")),
            KeyHelp("Esc", t("terug of annuleren", "back or cancel")),
            KeyHelp("? F1", t("deze hulp", "this help")),
            KeyHelp("q", t("stoppen (alles is al opgeslagen)", "quit (everything is already saved)")),
            KeyHelp(t("muis", "mouse"), t("klik kiest", "click selects")),
        ]
    }

    static func keyHelp(_ state: AppState) -> [KeyHelp] {
        let t = state.t
        guard state.open != nil else {
            return [
                KeyHelp("↑ ↓ j k", t("sectie kiezen", "select a section")),
                KeyHelp("Enter", t("openen", "open")),
                KeyHelp("n", t("nieuwe sectie", "new section")), KeyHelp("r", t("hernoemen", "rename")),
                KeyHelp("g", t("lijst verversen", "refresh the list")),
            ]
        }
        switch state.screen {
        case .board:
            return [
                KeyHelp("← → h l", t("stap (kolom)", "step (column)")),
                KeyHelp("↑ ↓ j k", t("initiatief", "initiative")),
                KeyHelp("Enter e", t("initiatief openen", "open the initiative")),
                KeyHelp("n", t("nieuw initiatief", "new initiative")),
                KeyHelp(
                    ">", t("naar de volgende stap (na 10: afronden)", "to the next step (after 10: close)")),
                KeyHelp("<", t("naar de vorige stap", "to the previous step")),
                KeyHelp("s", t("stap kiezen (ook afronden, loslaten)", "choose a step (also close, drop)")),
                KeyHelp("d", t("verwijderen (na bevestiging)", "delete (after confirmation)")),
                KeyHelp("z", t("losgelaten tonen/verbergen", "show/hide dropped")),
                KeyHelp("/", t("filter", "filter")),
                KeyHelp("p", t("op de jaaragenda plannen", "plan on the year agenda")),
                KeyHelp("!", t("teken: de stap mist een vastlegging", "mark: the step misses a record")),
            ]
        case .agenda:
            return [
                KeyHelp("↑ ↓ j k", t("punt / overleg", "entry / meeting")),
                KeyHelp("← → h l", t("kolom", "column")),
                KeyHelp("> < J K", t("punt naar volgend/vorig overleg", "entry to next/previous meeting")),
                KeyHelp("L H", t("punt naar volgende/vorige kolom", "entry to next/previous column")),
                KeyHelp("M", t("punt naar gekozen overleg", "entry to a chosen meeting")),
                KeyHelp("a", t("punt of taak toevoegen", "add entry or task")),
                KeyHelp("Enter e", t("openen / datum taak", "open / task date")),
                KeyHelp("o", t("eigenaar van taak", "owner of a task")),
                KeyHelp("x", t("taak gedaan", "task done")),
                KeyHelp("d", t("punt verwijderen", "remove entry")),
                KeyHelp("n", t("nieuw overleg", "new meeting")),
                KeyHelp("t", t("datum van overleg", "date of meeting")),
                KeyHelp("w", t("plaats van overleg", "place of meeting")),
                KeyHelp("D", t("overleg verwijderen", "remove meeting")),
                KeyHelp("p", t("plan dit initiatief (of alle)", "plan this initiative (or all)")),
                KeyHelp("P", t("plan alle initiatieven", "plan all initiatives")),
                KeyHelp("m", t("dit overleg houden", "hold this meeting")),
                KeyHelp("/", t("filter", "filter")),
            ]
        case .meeting:
            return [
                KeyHelp("↓ ↑ j k", t("volgend / vorig punt", "next / previous item")),
                KeyHelp("Enter n", t("notitie of besluit vastleggen", "record a note or decision")),
                KeyHelp("> <", t("volgende / vorige stap, met notitie", "next / previous step, with a note")),
                KeyHelp("t", t("timer voor dit punt aan/uit", "timer for this item on/off")),
                KeyHelp("e", t("initiatief openen", "open the initiative")),
                KeyHelp("c", t("ander overleg", "another meeting")),
                KeyHelp("Esc", t("overlegmodus verlaten", "leave meeting mode")),
            ]
        case .editor:
            if state.editor?.buffer != nil {
                return [
                    KeyHelp("← → Home End", t("cursor", "cursor")),
                    KeyHelp("Alt-← Alt-→", t("woord terug / verder", "word back / forward")),
                    KeyHelp("⌫ Del", t("wissen", "delete")),
                    KeyHelp(
                        "Ctrl-W Ctrl-K", t("woord / rest van regel wissen", "delete word / rest of line")),
                    KeyHelp("Ctrl-U", t("regel tot de cursor wissen", "delete line up to the cursor")),
                    KeyHelp(
                        "Enter", t("nieuwe regel (lange tekst) of klaar", "new line (long text) or done")),
                    KeyHelp("Esc Tab", t("klaar (opgeslagen)", "done (saved)")),
                    KeyHelp(t("plakken", "paste"), t("tekst invoegen", "insert text")),
                ]
            }
            return [
                KeyHelp("↑ ↓ j k Tab", t("veld", "field")),
                KeyHelp("Enter e", t("veld bewerken", "edit field")),
                KeyHelp("← →", t("in lijsten: regel", "in lists: line")),
                KeyHelp("i p s l g", t("positie van betrokkene aan/uit", "toggle a position")),
                KeyHelp("n", t("toevoegen (ervaring, notitie, persoon)", "add (experience, note, person)")),
                KeyHelp("d", t("regel verwijderen", "remove line")),
                KeyHelp("> <", t("volgende / vorige stap", "next / previous step")),
                KeyHelp("s", t("stap kiezen", "choose a step")),
                KeyHelp("p", t("op de jaaragenda plannen", "plan on the year agenda")),
                KeyHelp("Esc", t("terug", "back")),
            ]
        case .people:
            return [
                KeyHelp("↑ ↓ j k", t("persoon", "person")), KeyHelp("n", t("nieuwe persoon", "new person")),
                KeyHelp("e", t("wijzigen", "edit")),
                KeyHelp("Enter", t("zijn of haar initiatieven", "their initiatives")),
                KeyHelp("d", t("uit alle gegevens verwijderen", "remove from all data")),
                KeyHelp("v", t("vertrouwelijke notities tonen/verbergen", "show/hide private notes")),
            ]
        case .mine:
            return [
                KeyHelp("↑ ↓ j k", t("persoon of initiatief", "person or initiative")),
                KeyHelp("→ l Enter", t("naar de initiatieven", "to the initiatives")),
                KeyHelp("← h Esc", t("naar de mensen", "to the people")),
                KeyHelp("Enter", t("initiatief openen", "open the initiative")),
            ]
        case .networks: return state.networks.keyHelp(state.context)
        case .sociogram: return state.sociogram.keyHelp(state.context)
        }
    }

    /// The few keys the status line shows when there is no message.
    static func mainKeys(_ state: AppState) -> [KeyHelp] {
        let t = state.t
        guard state.open != nil else {
            return [
                KeyHelp("Enter", t("openen", "open")), KeyHelp("n", t("nieuw", "new")),
                KeyHelp("r", t("hernoem", "rename")),
                KeyHelp("?", t("hulp", "help")), KeyHelp("q", t("stop", "quit")),
            ]
        }
        switch state.screen {
        case .board:
            return [
                KeyHelp("> <", t("stap", "step")), KeyHelp("Enter", t("open", "open")),
                KeyHelp("n", t("nieuw", "new")),
                KeyHelp("/", "filter"), KeyHelp("u", t("ongedaan", "undo")), KeyHelp("?", t("hulp", "help")),
                KeyHelp("q", t("stop", "quit")),
            ]
        case .agenda:
            return [
                KeyHelp("a", t("toevoegen", "add")), KeyHelp("> <", t("verplaats", "move")),
                KeyHelp("n", t("overleg", "meeting")),
                KeyHelp("p", t("plan", "plan")), KeyHelp("m", t("overleg houden", "hold meeting")),
                KeyHelp("?", t("hulp", "help")),
            ]
        case .meeting:
            return [
                KeyHelp("j k", t("punt", "item")), KeyHelp("Enter", t("notitie", "note")),
                KeyHelp(">", t("volgende stap", "next step")),
                KeyHelp("t", "timer"), KeyHelp("Esc", t("terug", "back")), KeyHelp("?", t("hulp", "help")),
            ]
        case .editor where state.editor?.buffer != nil:
            let multiline = state.editor?.buffer?.multiline == true
            return [
                KeyHelp("Esc Tab", t("klaar (opgeslagen)", "done (saved)")),
                KeyHelp("Enter", multiline ? t("nieuwe regel", "new line") : t("klaar", "done")),
                KeyHelp("Alt-← →", t("woord", "word")), KeyHelp("Ctrl-W", t("woord wissen", "delete word")),
                KeyHelp("Ctrl-K", t("rest van regel wissen", "delete to end of line")),
            ]
        case .editor:
            return [
                KeyHelp("Enter", t("bewerk", "edit")), KeyHelp("j k", t("veld", "field")),
                KeyHelp("> <", t("stap", "step")),
                KeyHelp("Esc", t("terug", "back")), KeyHelp("u", t("ongedaan", "undo")),
                KeyHelp("?", t("hulp", "help")),
            ]
        case .people:
            return [
                KeyHelp("n", t("nieuw", "new")), KeyHelp("e", t("wijzig", "edit")),
                KeyHelp("d", t("verwijder", "remove")),
                KeyHelp("Enter", t("initiatieven", "initiatives")), KeyHelp("?", t("hulp", "help")),
            ]
        case .mine:
            return [
                KeyHelp("j k", t("kies", "select")), KeyHelp("Enter", t("open", "open")),
                KeyHelp("?", t("hulp", "help")),
            ]
        case .networks, .sociogram:
            return Array(keyHelp(state).prefix(5)) + [KeyHelp("?", t("hulp", "help"))]
        }
    }
}
