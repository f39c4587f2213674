import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The ecogram's own keys and details pane (screen 3 with an ecogram showing; see docs/METHOD.md,
/// "Netwerkanalyse and ecogram"). Screen 3's state and shared keys are in NetworksScreen.
extension NetworksScreen {
    mutating func handleEcogram(_ key: Key, section: inout Section, context: ScreenContext) -> ScreenOutcome {
        let i = currentIndex
        guard section.networks.ecograms.indices.contains(i) else {
            return Self.noNetwork(key, adding: "a", context.words.createAnEcogramFirstWithN)
        }
        let e = section.networks.ecograms[i]
        switch key {
        case .character("a"):
            return ask(.newContact, context.words.contactSName)
        case .character("x"), .delete:
            guard let sel = view.selected, let c = e.contact(sel) else {
                return .message(context.words.selectAContactFirstTheCentre)
            }
            section.networks.ecograms[i].removeContact(sel)
            view.selected = e.centre.id
            return .message(context.words.removed(value: EcogramPicture.name(of: c, in: section)))
        case .character("r"), .character("e"):
            guard let sel = view.selected, let ci = e.contacts.firstIndex(where: { $0.id == sel }) else {
                return .handled
            }
            // r moves the contact to the next ring, e to the next area; either way it is placed anew.
            if key == .character("r") {
                section.networks.ecograms[i].contacts[ci].ring = e.contacts[ci].ring.next
            } else {
                section.networks.ecograms[i].contacts[ci].area = e.contacts[ci].area.next
            }
            section.networks.ecograms[i].layout = e.layout.removing(sel)
            return .handled
        case .character("t"), .enter:
            return drawTie(section: &section, context: context)
        case .character(":"):
            return ask(.newRelation, context.words.ownLetterAndMeaningEG)
        case .character(let ch) where ch.isUppercase && ch != "L" && e.relation(String(ch)) != nil:
            guard let ti = centreTie(e) else {
                return .message(context.words.selectAContactTiedToThe)
            }
            let letter = String(ch)
            var rel = e.ties[ti].relations
            if let k = rel.firstIndex(of: letter) { rel.remove(at: k) } else { rel.append(letter) }
            if rel.isEmpty {
                return .message(context.words.aTieKeepsAtLeastOne)
            }
            section.networks.ecograms[i].ties[ti].relations = rel
            return .message(Self.letterMessage(letter, added: rel.contains(letter), e, ti, section, context))
        case .character("w"):
            guard let ti = centreTie(e) else { return .handled }
            section.networks.ecograms[i].ties[ti].strength = e.ties[ti].strength == .strong ? .weak : .strong
            return .handled
        case .character("d"):
            guard let ti = centreTie(e) else { return .handled }
            var tie = e.ties[ti]
            // Cycle: mutual → one way out of the centre → one way into the centre → mutual.
            if tie.direction == .mutual {
                tie.direction = .oneWay
                if tie.to == e.centre.id { swap(&tie.from, &tie.to) }
            } else if tie.from == e.centre.id {
                swap(&tie.from, &tie.to)
            } else {
                tie.direction = .mutual
            }
            section.networks.ecograms[i].ties[ti] = tie
            return .handled
        case .character("f"):
            let hide = EcogramPicture.hidesSensitive(context)
            let letters =
                [nil] + e.relationLetters.filter { !(hide && $0.isNegative) }.map { Optional($0.letter) }
            let k = letters.firstIndex(of: relationFilter) ?? 0
            relationFilter = letters[(k + 1) % letters.count]
            return .handled
        default:
            return .ignored
        }
    }

    /// What a relation key did, said on the status line: a letter that is hidden on this screen (R on
    /// a shared screen) changes nothing that can be seen, and a silent key reads as a broken one.
    static func letterMessage(
        _ letter: String, added: Bool, _ e: Ecogram, _ tie: Int, _ section: Section, _ c: ScreenContext
    ) -> String {
        let other = e.ties[tie].from == e.centre.id ? e.ties[tie].to : e.ties[tie].from
        let name = e.contact(other).map { EcogramPicture.name(of: $0, in: section) } ?? "?"
        // Short enough for the status line at 80 columns (the legend says what the letter means).
        let text =
            added
            ? c.words.putOnTheTieWith(letter: letter, name: name)
            : c.words.takenOffTheTieWith(letter: letter, name: name)
        if e.relation(letter)?.isNegative == true, EcogramPicture.hidesSensitive(c) {
            return text + c.words.hiddenShows
        }
        return text + "."
    }

    /// The tie between the centre and the selected contact.
    func centreTie(_ e: Ecogram) -> Int? {
        guard let sel = view.selected else { return nil }
        return e.ties.firstIndex { $0.connects(e.centre.id, sel) }
    }

    /// The ecogram's details pane: the contacts per area, else the selected node's ties.
    func ecogramDetails(_ e: Ecogram, in section: Section, context c: ScreenContext, showPrivate: Bool) -> [(
        text: String, style: Style
    )] {
        var out: [(String, Style)] = []
        let counts = e.contactsPerArea
        out.append(
            (
                Area.allCases.map { "\($0.name(c.words)) \(counts[$0] ?? 0)" }.joined(
                    separator: " · "), .dim
            ))
        if e.contacts.isEmpty {
            out.append(emptyHint(c.words.noContactsYetAAddA, else: c.words.noContactsYet))
        }
        guard let sel = view.selected else {
            if showsKeyHints {
                out.append((c.words.arrowsSelectAPerson, .dim))
            }
            // The reflection questions of the ecogram tool (docs/METHOD.md) that go with the counts above.
            out.append(
                (
                    c.words.whatDoTiesWithinTheSection, .dim
                ))
            return out
        }
        let name: String
        if sel == e.centre.id {
            name = EcogramPicture.centreName(e, in: section)
            out.append((name + c.words.centre, .bold))
            if showPrivate && !e.privateNote.isEmpty {
                out.append((c.words.note + e.privateNote, .dim))
            }
        } else if let contact = e.contact(sel) {
            name = EcogramPicture.name(of: contact, in: section)
            let ring: String
            switch contact.ring {
            case .close: ring = c.words.close
            case .middle: ring = c.words.middle
            case .far: ring = c.words.far
            }
            out.append((name, .bold))
            out.append(
                (
                    "\(contact.area.name(c.words)), \(ring)"
                        + (contact.groups.isEmpty ? "" : "; " + contact.groups.joined(separator: ", ")),
                    .plain
                ))
            if showPrivate && !contact.privateNote.isEmpty {
                out.append((c.words.note + contact.privateNote, .dim))
            }
        } else {
            return out
        }
        for t in EcogramPicture.visibleTies(e, context: c, relation: nil) where t.touches(sel) {
            let other = t.from == sel ? t.to : t.from
            let otherName =
                other == e.centre.id
                ? EcogramPicture.centreName(e, in: section)
                : e.contact(other).map { EcogramPicture.name(of: $0, in: section) } ?? "?"
            let arrow = t.direction == .mutual ? "↔" : (t.from == sel ? "→" : "←")
            let strength = t.strength == .strong ? c.words.strong : c.words.weak
            out.append(
                ("\(arrow) \(otherName): \(t.relations.joined(separator: " ")) (\(strength))", .plain))
        }
        return out
    }
}
