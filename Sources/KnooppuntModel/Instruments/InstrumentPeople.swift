import Foundation

extension Instruments {
    /// The instruments without a person: their groslijst goes, entries on other lists that name them
    /// go, and interventions they were to carry out lose the link (the agreement stays, for the
    /// section to give it to someone else). Thermometer and dimensieraamwerk answers never named
    /// anyone and stay as they are.
    public func removingPerson(_ id: UUID) -> Instruments {
        var copy = self
        copy.groslijsten.removeAll { $0.ownerID == id }
        for l in copy.groslijsten.indices {
            copy.groslijsten[l].entries.removeAll { $0.personID == id }
        }
        for i in copy.interventions.indices where copy.interventions[i].personID == id {
            copy.interventions[i].personID = nil
        }
        return copy
    }

    /// The interventions of one measurement, in the order they were agreed.
    public func interventions(sociogram: UUID, measurement: UUID) -> [SociogramIntervention] {
        interventions.filter { $0.sociogramID == sociogram && $0.measurementID == measurement }
    }

    public func groslijst(of person: UUID) -> Groslijst? {
        groslijsten.first { $0.ownerID == person }
    }

    /// Adds an entry to `owner`'s list, making the list when it is new.
    public mutating func addGroslijstEntry(_ entry: GroslijstEntry, owner: UUID) {
        if let l = groslijsten.firstIndex(where: { $0.ownerID == owner }) {
            groslijsten[l].entries.append(entry)
        } else {
            groslijsten.append(Groslijst(ownerID: owner, entries: [entry]))
        }
    }

    /// Replaces the entry with the same id on `owner`'s list; false when there is none.
    @discardableResult
    public mutating func updateGroslijstEntry(_ entry: GroslijstEntry, owner: UUID) -> Bool {
        guard let l = groslijsten.firstIndex(where: { $0.ownerID == owner }),
            let e = groslijsten[l].entries.firstIndex(where: { $0.id == entry.id })
        else { return false }
        groslijsten[l].entries[e] = entry
        return true
    }

    /// Removes an entry; a list left empty goes too, so nothing is kept of a person who cleared it.
    public mutating func removeGroslijstEntry(_ id: UUID, owner: UUID) {
        guard let l = groslijsten.firstIndex(where: { $0.ownerID == owner }) else { return }
        groslijsten[l].entries.removeAll { $0.id == id }
        if groslijsten[l].entries.isEmpty { groslijsten.remove(at: l) }
    }
}

extension Section {
    /// The ecogram whose centre is `person`, if they have one.
    public func ecogramIndex(of person: UUID) -> Int? {
        networks.ecograms.firstIndex { $0.centre.personID == person }
    }

    /// Why a groslijst entry cannot become a schakel of an analysis, or nil when it can.
    public enum SchakelRefusal: Error, Hashable, Sendable {
        case noSuchAnalysis
        case alreadySchakel(String)
    }

    /// A wished-for (or present) contact of a groslijst made a schakel of analysis `analysis` in one
    /// step: a section person stays linked by id; someone outside keeps the name. Refused when the
    /// analysis already has them as schakel.
    public mutating func makeSchakel(from entry: GroslijstEntry, analysis: UUID) throws(SchakelRefusal)
        -> Schakel
    {
        guard let a = networks.analyses.firstIndex(where: { $0.id == analysis }) else {
            throw .noSuchAnalysis
        }
        let name = entry.shownName(in: self)
        let key = NameKey(name)
        let present = networks.analyses[a].schakels.contains { s in
            if let p = entry.personID { return s.personID == p }
            return s.personID == nil && NameKey(s.name) == key
        }
        if present { throw .alreadySchakel(networks.analyses[a].name) }
        let schakel = Schakel(personID: entry.personID, name: name, area: entry.area)
        networks.analyses[a].schakels.append(schakel)
        return schakel
    }
}
