import Foundation
import KnooppuntModel

/// Gives every question of a survey its topic, in this order: `--column HEADER=TOPIC`; `--topic` when
/// the file has one question; the sociogram's topic that was asked with the same question before; the
/// topic in the question's text (`SurveyTopicGuess`). A question left without one stops the import with
/// the columns and the option to pass, as does a topic two questions would share, both thrown; a question left without a topic is a problem that
/// stops the import but still lets the preview show every column (their answers would
/// mix in one topic without anyone noticing).
enum SurveyTopics {
    static func assign(
        _ questions: inout [SurveyTable.Question], columns: [SurveyTable.Column], options: SurveyOptions,
        stored: [SociogramTopic]
    ) throws(ImportMessage) -> [ImportMessage] {
        var problems: [ImportMessage] = []
        for (given, _) in options.columnTopics.sorted(by: { $0.key < $1.key })
        where !columns.contains(where: { $0.role != .empty && SurveyTable.names(given, $0) })
            && !questions.contains(where: { SurveyHeaders.key($0.text) == SurveyHeaders.key(given) })
        {
            let list = questions.map {
                "“\(ImportColumnName(index: $0.columns[0], header: $0.text).shortHeader)”"
            }
            .joined(separator: ", ")
            throw ImportMessage(
                nl: "--column ‘\(given)’ noemt geen vraag van het bestand; de vragen zijn \(list).",
                en: "--column ‘\(given)’ names no question of the file; the questions are \(list).")
        }
        if options.topic != nil && questions.count > 1 {
            throw ImportMessage(
                line: 1,
                nl:
                    "Rij 1: --topic geeft het onderwerp van één vraag, maar het bestand heeft \(questions.count) vragen (\(listing(questions, columns, dutch: true))); geef elke vraag een onderwerp met --column \"KOP=onderwerp\".",
                en:
                    "Row 1: --topic gives the topic of one question, but the file has \(questions.count) questions (\(listing(questions, columns, dutch: false))); give each question a topic with --column \"HEADER=topic\"."
            )
        }
        for q in questions.indices {
            let question = questions[q]
            let given = options.columnTopics.first { key, _ in
                SurveyHeaders.key(key) == SurveyHeaders.key(question.text)
                    || question.columns.contains { SurveyTable.names(key, columns[$0]) }
            }?.value
            let asked = stored.first {
                !$0.question.isEmpty && SurveyHeaders.key($0.question) == SurveyHeaders.key(question.text)
            }?.name
            let topic = given ?? options.topic ?? asked ?? SurveyTopicGuess.topic(of: question.text)
            questions[q].topic = topic.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        }
        let missing = questions.filter { NameKey($0.topic).isEmpty }
        if !missing.isEmpty {
            let example = ImportColumnName(index: missing[0].columns[0], header: missing[0].text)
            problems.append(
                ImportMessage(
                    line: 1,
                    nl:
                        "Rij 1: uit de vraag van \(listing(missing, columns, dutch: true)) blijkt geen onderwerp; geef het met --column \"\(example.shortHeader)=onderwerp\"\(questions.count == 1 ? " of --topic" : "").",
                    en:
                        "Row 1: the question of \(listing(missing, columns, dutch: false)) names no topic; give it with --column \"\(example.shortHeader)=topic\"\(questions.count == 1 ? " or --topic" : "")."
                ))
        }
        var seen: [NameKey: Int] = [:]
        for (q, question) in questions.enumerated() where !NameKey(question.topic).isEmpty {
            let key = NameKey(question.topic)
            if let earlier = seen[key] {
                let both = listing([questions[earlier], question], columns, dutch: true)
                let bothEn = listing([questions[earlier], question], columns, dutch: false)
                throw ImportMessage(
                    line: 1,
                    nl:
                        "Rij 1: \(both) krijgen allebei het onderwerp ‘\(question.topic)’; geef ze elk een eigen onderwerp met --column.",
                    en:
                        "Row 1: \(bothEn) would both get the topic ‘\(question.topic)’; give each its own topic with --column."
                )
            }
            seen[key] = q
        }
        return problems
    }

    /// "kolom F “Aan wie…”, kolom G “Met wie…”".
    static func listing(_ questions: [SurveyTable.Question], _ columns: [SurveyTable.Column], dutch: Bool)
        -> String
    {
        questions.map { q in
            let name = ImportColumnName(index: q.columns[0], header: q.text)
            return dutch ? name.nl : name.en
        }.joined(separator: dutch ? " en " : " and ")
    }
}
