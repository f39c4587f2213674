import Foundation
import KnooppuntModel
import KnooppuntWords

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
            throw ImportMessage { $0.surveyColumnNamesNoQuestion(given: given, list: list) }
        }
        if options.topic != nil && questions.count > 1 {
            throw ImportMessage(line: 1) {
                $0.surveyTopicForManyQuestions(
                    count: questions.count, questions: listing(questions, columns, $0))
            }
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
                ImportMessage(line: 1) { w in
                    let named = listing(missing, columns, w)
                    return questions.count == 1
                        ? w.surveyNoTopicOne(questions: named, header: example.shortHeader)
                        : w.surveyNoTopic(questions: named, header: example.shortHeader)
                })
        }
        var seen: [NameKey: Int] = [:]
        for (q, question) in questions.enumerated() where !NameKey(question.topic).isEmpty {
            let key = NameKey(question.topic)
            if let earlier = seen[key] {
                let both = [questions[earlier], question]
                throw ImportMessage(line: 1) {
                    $0.surveySameTopic(questions: listing(both, columns, $0), topic: question.topic)
                }
            }
            seen[key] = q
        }
        return problems
    }

    /// "kolom F “Aan wie…”, kolom G “Met wie…”".
    static func listing(_ questions: [SurveyTable.Question], _ columns: [SurveyTable.Column], _ words: Words)
        -> String
    {
        questions.map { q in
            ImportColumnName(index: q.columns[0], header: q.text).text(words)
        }.joined(separator: words.importAnd)
    }
}
