import KnooppuntModel

/// One page about one initiative, for the school leadership or a colleague who missed its story:
/// owner, goal and date, approach, trial agreements, experiences, history and the people involved.
public enum InitiativeReport {
    /// `picture` is the initiative's network analysis drawn as inline SVG, shown in HTML (text formats
    /// name it only by its caption).
    public static func document(
        _ section: Section, initiative: Initiative, names: ExportNames, picture: String? = nil
    ) -> ReportDocument {
        let w = ReportWording(language: names.language)
        var doc = ReportDocument(page: initiative.title, language: names.language)
        var facts = [
            ReportDocument.Fact(w.words.section, section.name),
            .init(w.words.stepExport, w.stage(initiative.stage)),
            .init(w.words.sinceExport, w.shortDate(initiative.stageSince)),
            .init(
                w.words.initiators,
                initiative.initiators.isEmpty
                    ? w.words.nobodyYet : names.list(initiative.initiators)),
            .init(w.words.origin, origin(initiative.origin, w)),
        ]
        if !initiative.goal.isEmpty { facts.append(.init(w.words.goal, initiative.goal)) }
        if let target = initiative.targetDate {
            facts.append(.init(w.words.targetDateExport, w.shortDate(target)))
        }
        doc.add(.facts(facts))

        addSection(&doc, w.words.why, initiative.motivation)
        let details = initiative.details
        addSection(&doc, w.words.inputFromTheSection, details.sectionInput)
        addSection(&doc, w.words.approach, initiative.approach)
        addSection(&doc, w.words.reactionsOfThoseInvolved, details.reactions)
        if !initiative.trial.isEmpty || !details.trialParticipants.isEmpty {
            doc.add(.heading(level: 2, text: w.words.trialAgreements))
            var trial: [ReportDocument.Fact] = []
            if !initiative.trial.what.isEmpty {
                trial.append(.init(w.words.what, initiative.trial.what))
            }
            if let until = initiative.trial.until {
                trial.append(.init(w.words.until, w.shortDate(until)))
            }
            if !initiative.trial.watch.isEmpty {
                trial.append(.init(w.words.watch, initiative.trial.watch))
            }
            if !details.trialParticipants.isEmpty {
                trial.append(.init(w.words.takingPart, names.list(details.trialParticipants)))
            }
            doc.add(.facts(trial))
        }
        let log = details.trialLog.filter { !$0.text.isEmpty }
        if !log.isEmpty {
            doc.add(.heading(level: 2, text: w.words.trialLog))
            doc.add(
                .bullets(
                    log.map { entry in
                        w.shortDate(entry.date)
                            + (entry.people.isEmpty ? "" : " (" + names.list(entry.people) + ")")
                            + ": " + entry.text
                    }))
        }
        let experiences = initiative.experiences.filter { !$0.text.isEmpty }
        if !experiences.isEmpty {
            doc.add(.heading(level: 2, text: w.words.experiences))
            doc.add(.bullets(experiences.map { w.shortDate($0.date) + ": " + $0.text }))
        }
        if !details.evidence.isEmpty {
            let kinds = details.evidence.sorted().map { $0.text(w.words) }
            doc.add(.facts([.init(w.words.evidence, kinds.joined(separator: ", "))]))
        }
        addSection(&doc, w.words.successes, details.successes)
        addSection(&doc, w.words.whenItIsFinished, initiative.closingCriterion)
        addSection(&doc, w.words.resultsReached, details.results)
        addSection(&doc, w.words.howItIsShared, details.sharing)

        doc.add(.heading(level: 2, text: w.words.peopleInvolved))
        doc.addTable(
            header: [w.words.name, w.words.positions],
            rows: initiative.involved.map { involvement in
                [
                    names.person(involvement.personID),
                    involvement.positions.sorted().map { $0.name(w.words) }.joined(separator: ", "),
                ]
            }, orRemark: w.words.nobodyRecordedYet)

        if let picture {
            doc.add(.heading(level: 2, text: w.words.networkAnalysisNetworks))
            doc.add(
                .picture(
                    svg: picture,
                    caption: w.words.theNetworkOfInvolvementAsOn))
        }
        doc.add(.heading(level: 2, text: w.words.history))
        doc.addTable(
            header: [w.words.dateExport, w.words.stepExport, w.words.noteGroslijst],
            rows: initiative.history.map { change in
                let move =
                    change.from == change.to
                    ? w.stageNumber(change.to) : w.stageNumber(change.from) + " → " + w.stageNumber(change.to)
                return [w.shortDate(change.date), move, change.note]
            }, orRemark: w.words.noStepsTakenYet)
        return doc
    }

    static func addSection(_ doc: inout ReportDocument, _ heading: String, _ text: String) {
        guard !text.allSatisfy(\.isWhitespace) else { return }
        doc.add(.heading(level: 2, text: heading))
        doc.add(.paragraph(text))
    }

    static func origin(_ origin: Origin, _ w: ReportWording) -> String {
        switch origin {
        case .ownIdea: return w.words.ownIdea
        case .jaaragenda: return w.words.itemOfTheYearAgenda
        case .request: return w.words.request
        }
    }

}
