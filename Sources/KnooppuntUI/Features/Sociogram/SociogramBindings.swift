import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The sociogram's keys, per sub-view.
extension SociogramScreen {
    public func keyHelp(_ c: ScreenContext) -> [KeyBinding] {
        if mode == .matrix {
            return [
                KeyBinding("←↑↓→", c.text("vakje", "cell")),
                KeyBinding(c.text("spatie", "space"), c.text("keuze aan/uit", "toggle choice")),
                KeyBinding("n", c.text("negatieve keuze", "negative choice")),
                KeyBinding("t", c.text("onderwerp", "topic")),
                KeyBinding("Esc", c.text("terug naar tekening", "back to drawing")),
                KeyBinding("Enter", c.text("keuze aan/uit, volgende", "toggle choice, next")),
            ]
        }
        if mode == .metrics {
            return [
                KeyBinding("↑↓ PgUp PgDn", c.text("schuiven", "scroll")),
                KeyBinding("t", c.text("onderwerp", "topic")),
                KeyBinding("M", c.text("meting", "measurement")),
                KeyBinding("i Esc", c.text("terug naar tekening", "back to drawing")),
                KeyBinding(
                    "N D R X",
                    c.text("meting: nieuw, datum, naam, weg", "measurement: new, date, name, remove")),
                KeyBinding("A", c.text("interventies bij deze meting", "interventions on this measurement")),
            ]
        }
        return [
            KeyBinding("←↑↓→", c.text("kiezen", "select")), KeyBinding("t", c.text("onderwerp", "topic")),
            KeyBinding("M", c.text("meting", "measurement")), KeyBinding("i", c.text("cijfers", "figures")),
            KeyBinding("s", c.text("sociomatrix", "sociomatrix")), KeyBinding("c", c.text("kleur", "colour")),
            KeyBinding("a", c.text("persoon erbij", "add person")), KeyBinding("x", c.text("weg", "remove")),
            KeyBinding("L", c.text("nieuwe indeling", "new layout")),
            KeyBinding("v", c.text("verplaatsen", "move")),
            KeyBinding("N", c.text("nieuwe meting", "new measurement")),
            KeyBinding("D R X", c.text("meting: datum, naam, weg", "measurement: date, name, remove")),
            KeyBinding("A", c.text("interventies bij deze meting", "interventions on this measurement")),
            KeyBinding("n", c.text("nieuw sociogram", "new sociogram")),
            KeyBinding("H V", c.text("sociogram: naam, weg", "sociogram: rename, remove")),
            KeyBinding("P", c.text("eigen sociogram (metingen privé)", "own sociogram (private answers)")),
            KeyBinding("I", c.text("enquête importeren (CSV)", "import a survey (CSV)")),
        ] + Self.viewKeys(c)
    }
}
