import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The ecogram's own keys and details pane (screen 3 with an ecogram showing; see docs/METHOD.md,
/// "Netwerkanalyse and ecogram"). Screen 3's state and shared keys are in NetworksScreen.
extension NetworksScreen {
    mutating func handleEcogram(_ key: Key, section: inout Section, context: ScreenContext) -> ScreenOutcome {
        let i = currentIndex
        guard section.networks.ecograms.indices.contains(i) else {
            return key == .character("a")
                ? .message(context.text("Maak eerst een ecogram met n.", "Create an ecogram first with n."))
                : .ignored
        }
        let e = section.networks.ecograms[i]
        switch key {
        case .character("a"):
            prompt = NetworkPrompt(
                .newContact, question: context.text("Naam van het contact:", "Contact's name:"))
            return .handled
        case .character("x"), .delete:
            guard let sel = view.selected, let c = e.contact(sel) else {
                return .message(
                    context.text(
                        "Kies eerst een contact (het midden blijft).",
                        "Select a contact first (the centre stays)."))
            }
            section.networks.ecograms[i].removeContact(sel)
            view.selected = e.centre.id
            return .message(
                context.text(
                    "\(EcogramPicture.name(of: c, in: section)) verwijderd.",
                    "\(EcogramPicture.name(of: c, in: section)) removed."))
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
            prompt = NetworkPrompt(
                .newRelation,
                question: context.text(
                    "Eigen letter en betekenis (bijv. B beeldmateriaal):",
                    "Own letter and meaning (e.g. B images):"))
            return .handled
        case .character(let ch) where ch.isUppercase && ch != "L" && e.relation(String(ch)) != nil:
            guard let ti = centreTie(e) else {
                return .message(
                    context.text(
                        "Kies een contact met een lijn naar het midden.",
                        "Select a contact tied to the centre."))
            }
            let letter = String(ch)
            var rel = e.ties[ti].relations
            if let k = rel.firstIndex(of: letter) { rel.remove(at: k) } else { rel.append(letter) }
            if rel.isEmpty {
                return .message(
                    context.text("Een lijn houdt minstens één letter.", "A tie keeps at least one letter."))
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
            ? c.text("\(letter) op de lijn met \(name) gezet", "\(letter) put on the tie with \(name)")
            : c.text("\(letter) van de lijn met \(name) gehaald", "\(letter) taken off the tie with \(name)")
        if e.relation(letter)?.isNegative == true, EcogramPicture.hidesSensitive(c) {
            return text + c.text("; verborgen, ! toont.", "; hidden, ! shows.")
        }
        return text + "."
    }

    /// The tie between the centre and the selected contact.
    func centreTie(_ e: Ecogram) -> Int? {
        guard let sel = view.selected else { return nil }
        return e.ties.firstIndex { $0.connects(e.centre.id, sel) }
    }

    /// The ecogram's details pane: how to start on an empty screen, else the selected node's ties.
    func ecogramDetails(_ section: Section, context c: ScreenContext, showPrivate: Bool) -> [(
        text: String, style: Style
    )] {
        var out: [(String, Style)] = []
        // Empty screens say how to start.
        guard let e = ecogram(section) else {
            return [
                (
                    c.text(
                        "Nog geen ecogram. n = nieuw: wie of wat staat in het midden (een collega, de sectie, een organisatie)? Daarna a = contact erbij en t = lijn tussen twee mensen.",
                        "No ecogram yet. n = new: who or what is in the centre (a colleague, the section, an organisation)? Then a = add a contact and t = tie between two people."
                    ), .plain
                )
            ]
        }
        let counts = e.contactsPerArea
        out.append(
            (
                Area.allCases.map { "\(NetworkPalette.areaName($0, c)) \(counts[$0] ?? 0)" }.joined(
                    separator: " · "), .dim
            ))
        if e.contacts.isEmpty {
            out.append(
                (
                    showsKeyHints
                        ? c.text(
                            "Nog geen contacten: a = contact erbij (een naam uit de sectie of iemand van buiten), t = lijn tekenen.",
                            "No contacts yet: a = add a contact (a name from the section or someone outside), t = draw a tie."
                        ) : c.text("Nog geen contacten.", "No contacts yet."), .plain
                ))
        }
        guard let sel = view.selected else {
            if showsKeyHints {
                out.append((c.text("Pijltjes kiezen een persoon.", "Arrows select a person."), .dim))
            }
            // The reflection questions of the ecogram tool (docs/METHOD.md) that go with the counts above.
            out.append(
                (
                    c.text(
                        "Wat leveren je relaties in de sectie op? Met welke teams werk je samen? Welke contacten buiten school zet je in?",
                        "What do ties within the section bring? Which teams do you work with? Which contacts outside school do you use?"
                    ), .dim
                ))
            return out
        }
        let name: String
        if sel == e.centre.id {
            name = EcogramPicture.centreName(e, in: section)
            out.append((name + c.text(" (midden)", " (centre)"), .bold))
            if showPrivate && !e.privateNote.isEmpty {
                out.append((c.text("Notitie: ", "Note: ") + e.privateNote, .dim))
            }
        } else if let contact = e.contact(sel) {
            name = EcogramPicture.name(of: contact, in: section)
            let ring: String
            switch contact.ring {
            case .close: ring = c.text("dichtbij", "close")
            case .middle: ring = c.text("midden", "middle")
            case .far: ring = c.text("ver weg", "far")
            }
            out.append((name, .bold))
            out.append(
                (
                    "\(NetworkPalette.areaName(contact.area, c)), \(ring)"
                        + (contact.groups.isEmpty ? "" : "; " + contact.groups.joined(separator: ", ")),
                    .plain
                ))
            if showPrivate && !contact.privateNote.isEmpty {
                out.append((c.text("Notitie: ", "Note: ") + contact.privateNote, .dim))
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
            let strength = t.strength == .strong ? c.text("sterk", "strong") : c.text("zwak", "weak")
            out.append(
                ("\(arrow) \(otherName): \(t.relations.joined(separator: " ")) (\(strength))", .plain))
        }
        return out
    }
}
