import Foundation
import KnooppuntGraph
import KnooppuntModel

/// What screen 3's name prompts do with the typed name: a new ecogram or analysis, a contact, a
/// schakel (linked to a colleague when the name is one), an ingredient, an own relation letter.
extension NetworksScreen {
    public mutating func handlePrompt(_ event: Event, section: inout Section, context: ScreenContext)
        -> ScreenOutcome
    {
        guard prompt != nil else { return .ignored }
        guard let answer = NetworkPrompt.answer(&prompt, to: event) else { return .handled }
        return accept(answer.text, purpose: answer.purpose, section: &section, context: context)
    }

    /// The section person a typed name refers to, by the one person lookup the command line and the
    /// survey import use (full name, initials, first name, surname); not by a part of a name, which
    /// would silently link a new outside contact "Jan" to a colleague Janneke.
    static func person(named text: String, in section: Section) -> Person? {
        guard case .found(let person) = PersonLookup(section: section, matchesParts: false).find(text) else {
            return nil
        }
        return person
    }

    mutating func accept(
        _ text: String, purpose: NetworkPrompt.Purpose, section: inout Section, context: ScreenContext
    ) -> ScreenOutcome {
        let person = NetworksScreen.person(named: text, in: section)
        switch purpose {
        case .newEcogram:
            let centre = EcogramCentre(personID: person?.id, name: person?.name ?? text)
            section.networks.ecograms.append(Ecogram(name: person?.name ?? text, centre: centre))
            kind = .ecogram
            index = section.networks.ecograms.count - 1
            view = PictureView(selected: centre.id)
        case .newAnalysis:
            // The initiative lookup of the command line: a part of the title links it when only one
            // initiative has that part.
            let hits = TitleMatch.initiatives(in: section, matching: text)
            let initiative = hits.count == 1 ? hits.first : nil
            section.networks.analyses.append(
                NetworkAnalysis(name: initiative?.title ?? text, initiativeID: initiative?.id))
            kind = .analysis
            index = section.networks.analyses.count - 1
            view = PictureView()
        case .newContact:
            guard section.networks.ecograms.indices.contains(currentIndex) else { return .handled }
            let e = section.networks.ecograms[currentIndex]
            let contact = EcogramContact(
                personID: person?.id, name: person?.name ?? text, area: person?.area ?? .school, ring: .middle
            )
            section.networks.ecograms[currentIndex].contacts.append(contact)
            section.networks.ecograms[currentIndex].ties.append(EcogramTie(from: e.centre.id, to: contact.id))
            view.selected = contact.id
        case .newSchakel:
            guard section.networks.analyses.indices.contains(currentIndex) else { return .handled }
            let s = Schakel(personID: person?.id, name: person?.name ?? text, area: person?.area ?? .school)
            section.networks.analyses[currentIndex].schakels.append(s)
            view.selected = s.id
        case .newIngredient:
            guard section.networks.analyses.indices.contains(currentIndex) else { return .handled }
            let ingredient = Ingredient(name: text)
            section.networks.analyses[currentIndex].ingredients.append(ingredient)
            view.selected = ingredient.id
        case .newRelation:
            guard section.networks.ecograms.indices.contains(currentIndex) else { return .handled }
            let parts = text.split(separator: " ", maxSplits: 1)
            guard let first = parts.first, first.count == 1, let letter = first.first, letter.isLetter,
                letter.uppercased() != "L", parts.count == 2
            else {
                return .message(context.words.writeOneLetterNotLA)
            }
            let code = letter.uppercased()
            if section.networks.ecograms[currentIndex].relation(code) != nil {
                return .message(context.words.theLetterAlreadyExists(code: code))
            }
            section.networks.ecograms[currentIndex].customRelations.append(
                RelationLetter(letter: code, meaningNL: String(parts[1])))
            return .message(context.words.addedShiftPutsItOnA(code: code))
        case .newMember, .newSociogram:
            break
        }
        return .handled
    }
}
