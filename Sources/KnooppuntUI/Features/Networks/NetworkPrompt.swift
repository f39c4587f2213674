import Foundation

/// A one-line text field for names (a new contact, an ingredient, a person): typing, backspace,
/// paste; Enter accepts, Esc cancels. Small on purpose: the network screens only ask for names.
public struct NetworkPrompt: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case newContact, newSchakel, newIngredient, newEcogram, newAnalysis, newMember, newSociogram,
            newRelation
    }

    public var purpose: Purpose
    public var question: String
    public var text: String = ""

    public init(_ purpose: Purpose, question: String) {
        self.purpose = purpose
        self.question = question
    }

    public enum Result: Hashable, Sendable {
        case editing, accepted(String), cancelled
    }

    public mutating func handle(_ event: Event) -> Result {
        switch event {
        case .key(.enter):
            let t = text.trimmingCharacters(in: .whitespaces)
            return t.isEmpty ? .cancelled : .accepted(t)
        case .key(.escape): return .cancelled
        case .key(.backspace):
            if !text.isEmpty { text.removeLast() }
        case .key(.character(let c)):
            text.append(c)
        case .paste(let s):
            text += SafeText.clean(s)
        default: break
        }
        return .editing
    }

    /// Feeds `event` to the prompt open in `slot`, as both network screens do: the answer once Enter
    /// accepts it, nil while typing or after Esc. An accepted or cancelled prompt is closed.
    static func answer(_ slot: inout NetworkPrompt?, to event: Event) -> (text: String, purpose: Purpose)? {
        guard var prompt = slot else { return nil }
        switch prompt.handle(event) {
        case .editing:
            slot = prompt
            return nil
        case .cancelled:
            slot = nil
            return nil
        case .accepted(let text):
            slot = nil
            return (text, prompt.purpose)
        }
    }

    func render(into grid: inout Grid, area: Rect) {
        grid.fill(area, with: Cell(" ", style: .reverse))
        let x = grid.put(
            question + " ", x: area.x, y: area.y, style: Style(bold: true, reverse: true), clip: area)
        let end = grid.put(text, x: x, y: area.y, style: .reverse, clip: area)
        grid.put("▏", x: end, y: area.y, style: .reverse, clip: area)
    }
}

/// A picture screen with the one-line prompt under its drawing (screens 3 and 4).
protocol NetworkPrompting {
    var prompt: NetworkPrompt? { get set }
}

extension NetworkPrompting {
    /// Opens the prompt; the typed answer comes back through the screen's own prompt handling.
    mutating func ask(_ purpose: NetworkPrompt.Purpose, _ question: String) -> ScreenOutcome {
        prompt = NetworkPrompt(purpose, question: question)
        return .handled
    }
}

extension NetworksScreen: NetworkPrompting {}
extension SociogramScreen: NetworkPrompting {}
