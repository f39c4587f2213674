/// The explicit agreements of a trial period (step 8): what is tried, until when, what to watch.
public struct TrialAgreement: Hashable, Sendable, Codable {
    public var what: String
    public var until: Day?
    public var watch: String

    public init(what: String = "", until: Day? = nil, watch: String = "") {
        (self.what, self.until, self.watch) = (what, until, watch)
    }

    public var isEmpty: Bool {
        what.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && until == nil
            && watch.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
