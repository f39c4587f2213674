import Foundation
import KnooppuntModel

/// The topic a question is about, read from its text: "Aan wie vraag je advies over didactiek? (kies
/// maximaal 3)" → "didactiek", "Who do you ask for help with lesson planning?" → "lesson planning".
///
/// Sociogram questions in both languages name their topic after a small word ("over", "bij", "about",
/// "with"), so the topic is what follows the last of those words, without what is in brackets, the
/// question mark and a leading article; it must be one to four words. A question with no such word
/// ("Met wie werk je graag samen?") has no topic here, and the import asks for one.
public enum SurveyTopicGuess {
    /// The small words a topic follows, longest first so "met betrekking tot" wins over "tot".
    static let markers = [
        "met betrekking tot", "als het gaat om", "when it comes to", "with regard to", "m.b.t.", "omtrent",
        "regarding", "over", "about", "rond", "rondom", "bij", "with", "voor", "for", "on",
    ]
    static let articles: Set<String> = ["de", "het", "een", "je", "jouw", "uw", "the", "a", "an", "your"]

    public static func topic(of question: String) -> String? {
        var text = question
        // Brackets hold instructions ("(kies maximaal 3)", "[meerdere antwoorden]"), never the topic.
        for (open, close) in [("(", ")"), ("[", "]")] {
            while let start = text.range(of: open),
                let end = text.range(of: close, range: start.upperBound..<text.endIndex)
            {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        // Only the first sentence: a second one is usually an instruction ("Kies er maximaal drie.").
        if let stop = text.firstIndex(where: { "?!".contains($0) }) { text = String(text[..<stop]) }
        let words = text.split(whereSeparator: { $0.isWhitespace }).map {
            String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".,;:\"'“”‘’*"))
        }.filter { !$0.isEmpty }
        let lower = words.map { $0.lowercased() }
        var after: Int?
        for marker in markers {
            let parts = marker.split(separator: " ").map(String.init)
            guard parts.count <= lower.count else { continue }
            for start in stride(from: lower.count - parts.count, through: 0, by: -1)
            where Array(lower[start..<(start + parts.count)]) == parts {
                after = max(after ?? -1, start + parts.count)
                break
            }
        }
        guard var first = after else { return nil }
        while first < lower.count, articles.contains(lower[first]) { first += 1 }
        let topic = lower[first...]
        guard (1...4).contains(topic.count) else { return nil }
        return topic.joined(separator: " ")
    }
}
