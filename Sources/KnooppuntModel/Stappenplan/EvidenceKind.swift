import Foundation
import KnooppuntWords

/// What the section bases its view of a trial on (step 9): the method names talk among colleagues,
/// pupil surveys, marks, pupils' work and video.
public enum EvidenceKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable,
    TextInBothLanguages
{
    case informal = "informeel"
    case survey = "enquete"
    case grades = "cijfers"
    case pupilWork = "leerlingwerk"
    case video = "video"

    public func text(_ words: Words) -> String {
        switch self {
        case .informal: words.evidenceInformal
        case .survey: words.evidenceSurvey
        case .grades: words.evidenceGrades
        case .pupilWork: words.evidencePupilWork
        case .video: words.evidenceVideo
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
