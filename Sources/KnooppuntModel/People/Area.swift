import Foundation
import KnooppuntWords

/// Where a person stands relative to the section: the three areas of the ecogram (docs/METHOD.md).
public enum Area: String, Hashable, Sendable, Codable, CaseIterable {
    case ownSection = "sectie"
    case school = "school"
    case outside = "buiten"
}

/// A person, contact or schakel whose file gives no area is one of the section's own.
extension Area: FileDefault {
    public static var fileDefault: Area { .ownSection }
}

extension Area {
    /// The area's name as the ecogram, the groslijst and the network exports say it.
    public func name(_ words: Words) -> String {
        switch self {
        case .ownSection: words.ownSection
        case .school: words.elsewhereInSchool
        case .outside: words.outsideSchool
        }
    }
}
