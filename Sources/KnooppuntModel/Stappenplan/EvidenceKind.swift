import Foundation

/// What the section bases its view of a trial on (step 9): the method names talk among colleagues,
/// pupil surveys, marks, pupils' work and video.
public enum EvidenceKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case informal = "informeel"
    case survey = "enquete"
    case grades = "cijfers"
    case pupilWork = "leerlingwerk"
    case video = "video"

    public var dutch: String {
        switch self {
        case .informal: return "informeel"
        case .survey: return "leerlingenquête"
        case .grades: return "cijfers"
        case .pupilWork: return "leerlingwerk"
        case .video: return "video"
        }
    }

    public var english: String {
        switch self {
        case .informal: return "informal"
        case .survey: return "pupil survey"
        case .grades: return "marks"
        case .pupilWork: return "pupils' work"
        case .video: return "video"
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
