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
            ReportDocument.Fact(w.text("Sectie", "Section"), section.name),
            .init(w.text("Stap", "Step"), w.stage(initiative.stage)),
            .init(w.text("Sinds", "Since"), w.shortDate(initiative.stageSince)),
            .init(
                w.text("Initiatiefnemers", "Initiators"),
                initiative.initiators.isEmpty
                    ? w.text("nog niemand", "nobody yet") : names.list(initiative.initiators)),
            .init(w.text("Herkomst", "Origin"), origin(initiative.origin, w)),
        ]
        if !initiative.goal.isEmpty { facts.append(.init(w.text("Doel", "Goal"), initiative.goal)) }
        if let target = initiative.targetDate {
            facts.append(.init(w.text("Streefdatum", "Target date"), w.shortDate(target)))
        }
        doc.add(.facts(facts))

        addSection(&doc, w.text("Waarom", "Why"), initiative.motivation)
        let details = initiative.details
        addSection(&doc, w.text("Inbreng van de sectie", "Input from the section"), details.sectionInput)
        addSection(&doc, w.text("Aanpak", "Approach"), initiative.approach)
        addSection(&doc, w.text("Reacties van betrokkenen", "Reactions of those involved"), details.reactions)
        if !initiative.trial.isEmpty || !details.trialParticipants.isEmpty {
            doc.add(.heading(level: 2, text: w.text("Afspraken over het uitproberen", "Trial agreements")))
            var trial: [ReportDocument.Fact] = []
            if !initiative.trial.what.isEmpty {
                trial.append(.init(w.text("Wat", "What"), initiative.trial.what))
            }
            if let until = initiative.trial.until {
                trial.append(.init(w.text("Tot", "Until"), w.shortDate(until)))
            }
            if !initiative.trial.watch.isEmpty {
                trial.append(.init(w.text("Letten op", "Watch"), initiative.trial.watch))
            }
            if !details.trialParticipants.isEmpty {
                trial.append(.init(w.text("Doen mee", "Taking part"), names.list(details.trialParticipants)))
            }
            doc.add(.facts(trial))
        }
        let log = details.trialLog.filter { !$0.text.isEmpty }
        if !log.isEmpty {
            doc.add(.heading(level: 2, text: w.text("Logboek van het uitproberen", "Trial log")))
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
            doc.add(.heading(level: 2, text: w.text("Ervaringen", "Experiences")))
            doc.add(.bullets(experiences.map { w.shortDate($0.date) + ": " + $0.text }))
        }
        if !details.evidence.isEmpty {
            let kinds = details.evidence.sorted().map { w.text($0.dutch, $0.english) }
            doc.add(.facts([.init(w.text("Bewijs", "Evidence"), kinds.joined(separator: ", "))]))
        }
        addSection(&doc, w.text("Successen", "Successes"), details.successes)
        addSection(&doc, w.text("Wanneer afgerond", "When it is finished"), initiative.closingCriterion)
        addSection(&doc, w.text("Bereikte resultaten", "Results reached"), details.results)
        addSection(&doc, w.text("Zo wordt het gedeeld", "How it is shared"), details.sharing)

        doc.add(.heading(level: 2, text: w.text("Betrokkenen", "People involved")))
        doc.addTable(
            header: [w.text("Naam", "Name"), w.text("Posities", "Positions")],
            rows: initiative.involved.map { involvement in
                [
                    names.person(involvement.personID),
                    involvement.positions.sorted().map { position($0, w) }.joined(separator: ", "),
                ]
            }, orRemark: w.text("Nog niemand vastgelegd.", "Nobody recorded yet."))

        if let picture {
            doc.add(.heading(level: 2, text: w.text("Netwerkanalyse", "Network analysis")))
            doc.add(
                .picture(
                    svg: picture,
                    caption: w.text(
                        "Het netwerk van betrokkenheid, zoals op scherm 3.",
                        "The network of involvement, as on screen 3.")))
        }
        doc.add(.heading(level: 2, text: w.text("Geschiedenis", "History")))
        doc.addTable(
            header: [w.text("Datum", "Date"), w.text("Stap", "Step"), w.text("Notitie", "Note")],
            rows: initiative.history.map { change in
                let move =
                    change.from == change.to
                    ? w.stageNumber(change.to) : w.stageNumber(change.from) + " → " + w.stageNumber(change.to)
                return [w.shortDate(change.date), move, change.note]
            }, orRemark: w.text("Nog geen stappen gezet.", "No steps taken yet."))
        return doc
    }

    static func addSection(_ doc: inout ReportDocument, _ heading: String, _ text: String) {
        guard !text.allSatisfy(\.isWhitespace) else { return }
        doc.add(.heading(level: 2, text: heading))
        doc.add(.paragraph(text))
    }

    static func origin(_ origin: Origin, _ w: ReportWording) -> String {
        switch origin {
        case .ownIdea: return w.text("eigen idee", "own idea")
        case .jaaragenda: return w.text("punt van de jaaragenda", "item of the year agenda")
        case .request: return w.text("verzoek", "request")
        }
    }

    static func position(_ p: InvolvementPosition, _ w: ReportWording) -> String {
        switch p {
        case .initiator: return w.text("initiatiefnemer", "initiator")
        case .partner: return w.text("partner", "partner")
        case .schakel: return w.text("schakel", "link")
        case .supplier: return w.text("leverancier", "supplier")
        case .user: return w.text("gebruiker", "user")
        }
    }
}
