import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The sociogram's keys, per sub-view.
extension SociogramScreen {
    public func keyHelp(_ c: ScreenContext) -> [KeyBinding] {
        if mode == .matrix {
            return [
                KeyBinding("←↑↓→", c.words.cell),
                KeyBinding(c.words.space, c.words.toggleChoice),
                KeyBinding("n", c.words.negativeChoice),
                KeyBinding("t", c.words.topic),
                KeyBinding("Esc", c.words.backToDrawing),
                KeyBinding("Enter", c.words.toggleChoiceNext),
            ]
        }
        if mode == .metrics {
            return [
                KeyBinding("↑↓ PgUp PgDn", c.words.scroll),
                KeyBinding("t", c.words.topic),
                KeyBinding("M", c.words.measurement),
                KeyBinding("i Esc", c.words.backToDrawing),
                KeyBinding(
                    "N D R X",
                    c.words.measurementNewDateNameRemove),
                KeyBinding("A", c.words.interventionsOnThisMeasurement),
            ]
        }
        return [
            KeyBinding("←↑↓→", c.words.select), KeyBinding("t", c.words.topic),
            KeyBinding("M", c.words.measurement), KeyBinding("i", c.words.figures),
            KeyBinding("s", c.words.sociomatrix), KeyBinding("c", c.words.colour),
            KeyBinding("a", c.words.addPerson), KeyBinding("x", c.words.remove),
            KeyBinding("L", c.words.newLayout),
            KeyBinding("v", c.words.move),
            KeyBinding("N", c.words.newMeasurement),
            KeyBinding("D R X", c.words.measurementDateNameRemove),
            KeyBinding("A", c.words.interventionsOnThisMeasurement),
            KeyBinding("n", c.words.newSociogram),
            KeyBinding("H V", c.words.sociogramRenameRemove),
            KeyBinding("P", c.words.ownSociogramPrivateAnswers),
            KeyBinding("I", c.words.importASurveyCSV),
        ] + Self.viewKeys(c)
    }
}
