import Foundation
import KnooppuntModel

/// The headers form tools write around the questions, in Dutch and English, so that an export can be
/// imported as it comes: Microsoft Forms (ID, Begintijd, Tijd van voltooien, E-mail, Naam, Tijdstip van
/// laatste wijziging), Google Forms (Tijdstempel, E-mailadres), LimeSurvey (its column codes and their
/// Dutch and English texts). A column whose header is one of these never holds chosen names.
///
/// Headers are compared folded (`NameKey`), without a trailing `?`, `:` or `*`, so "Wat is je naam?" and
/// "wat is je naam" are one header.
public enum SurveyHeaders {
    /// What a known header says about its column.
    public enum Kind: String, Hashable, Sendable {
        case completionTime, startTime, respondent, other
    }

    static let completionTime: Set<String> = [
        "tijd van voltooien", "voltooiingstijd", "completion time", "tijdstempel", "timestamp",
        "submitdate", "datum verstuurd", "date submitted", "ingediend op", "submitted at",
    ]
    static let startTime: Set<String> = [
        "begintijd", "start time", "startdate", "date started", "startdatum", "datum gestart",
    ]
    static let respondent: Set<String> = [
        "naam", "name", "je naam", "jouw naam", "uw naam", "your name", "wat is je naam", "wat is jouw naam",
        "wat is uw naam", "what is your name", "wie ben je", "who are you", "respondent", "volledige naam",
        "full name", "naam respondent", "voor- en achternaam", "voornaam en achternaam",
    ]
    static let other: Set<String> = [
        "id", "response id", "antwoord id", "respons id", "e-mail", "email", "e-mailadres", "emailadres",
        "email address", "e-mail address", "e-mail adres", "tijdstip van laatste wijziging",
        "last modified time", "laatst gewijzigd", "totaal aantal punten", "total points", "punten", "score",
        "feedback van de quiz", "quiz feedback", "lastpage", "last page", "laatste pagina", "startlanguage",
        "start language", "starttaal", "seed", "datestamp", "date last action", "datum laatste actie",
        "ipaddr", "ip address", "ip-adres", "refurl", "referrer url", "verwijzende url", "token",
        "toegangscode", "access code", "interviewtime", "total time", "totale tijd",
    ]
    /// LimeSurvey's timing columns carry the group or question after a colon ("Groep tijd: Deel 1").
    static let otherPrefixes = ["groep tijd", "group time", "vraag tijd", "question time", "groeptijd"]

    /// Headers in English, for reading an ambiguous date such as 3/4/2027 month first (`SurveyTimestamp`).
    static let english: Set<String> = [
        "completion time", "timestamp", "date submitted", "submitted at", "start time", "date started",
    ]

    /// A header folded for comparing: "  Wat is je naam? *" → "wat is je naam".
    public static func key(_ header: String) -> String {
        var key = NameKey(header).value
        while let last = key.last, "?:*.".contains(last) || last == " " { key.removeLast() }
        return key
    }

    /// The kind of a known header, nil for anything else (a question).
    public static func kind(of header: String) -> Kind? {
        let key = key(header)
        if completionTime.contains(key) { return .completionTime }
        if startTime.contains(key) { return .startTime }
        if respondent.contains(key) { return .respondent }
        if other.contains(key) || otherPrefixes.contains(where: { key.hasPrefix($0) }) { return .other }
        return nil
    }

    public static func isEnglish(_ header: String) -> Bool { english.contains(key(header)) }

    /// What Microsoft Forms writes in its Naam column when the form did not ask people to sign in.
    static let anonymous: Set<String> = ["anonymous", "anoniem", "anonymous user", "anonieme gebruiker"]

    public static func isAnonymous(_ cell: String) -> Bool {
        let key = NameKey(cell).value
        return key.isEmpty || anonymous.contains(key)
    }

    /// A LimeSurvey column of one option of a question, "Aan wie … [Sanne Öztürk]" or "Q1[SQ001]": the
    /// question and the option; nil for a header without a trailing bracket.
    public static func option(of header: String) -> (question: String, option: String)? {
        let trimmed = header.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") else { return nil }
        let question = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        let option = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            .trimmingCharacters(in: .whitespaces)
        guard !question.isEmpty, !option.isEmpty else { return nil }
        return (question, option)
    }

    /// "Keuze 2" → "Keuze": the columns of one question a form spreads over numbered columns. Nil when
    /// the header does not end in a number after a space.
    public static func numberedBase(of header: String) -> String? {
        let trimmed = header.trimmingCharacters(in: .whitespacesAndNewlines)
        let digits = trimmed.reversed().prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count < trimmed.count else { return nil }
        let base = trimmed.dropLast(digits.count)
        guard base.last == " " else { return nil }
        return base.trimmingCharacters(in: .whitespaces)
    }

    /// The words of a cell that tick an option in a LimeSurvey export: "Ja", "Yes", "Y" (its code).
    static let ticked: Set<String> = ["ja", "yes", "y", "j", "1", "waar", "true", "x"]

    public static func isTicked(_ cell: String) -> Bool { ticked.contains(NameKey(cell).value) }

    /// Words that leave an option unticked: "Nee", "No", "N", "0", an empty cell.
    static let unticked: Set<String> = ["nee", "no", "n", "0", "onwaar", "false", ""]

    public static func isUnticked(_ cell: String) -> Bool { unticked.contains(NameKey(cell).value) }
}
