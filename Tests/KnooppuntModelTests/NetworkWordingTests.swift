import KnooppuntModel
import Testing

/// The words for the figures, roles and statuses: every one has a Dutch and an English line, and the
/// labels are the method's terms.
@Suite struct NetworkWordingTests {
    @Test func everyFigureHasOneLineInDutchAndInEnglish() {
        for m in MetricExplanation.allCases {
            #expect(!m.dutch.isEmpty && !m.english.isEmpty, "\(m)")
            #expect(!m.dutch.contains("\n") && !m.english.contains("\n"), "\(m)")
            #expect(!m.dutchTerm.isEmpty && !m.englishTerm.isEmpty, "\(m)")
        }
        #expect(MetricExplanation.broker.dutchTerm == "bruggenbouwer")
        #expect(MetricExplanation.isolated.dutchTerm == "geïsoleerd")
        #expect(MetricExplanation.eiIndex.englishTerm == "E-I index")
    }

    @Test func everyRoleButMemberIsExplainedByItsFigure() {
        for role in RoleWording.allCases {
            #expect((role.explanation == nil) == (role == .member), "\(role)")
            if let figure = role.explanation {
                #expect(figure.dutchTerm == role.dutchTerm && figure.englishTerm == role.englishTerm)
            }
        }
        #expect(RoleWording.member.dutchTerm == "lid")
        #expect(RoleWording.member.englishTerm == "member")
        #expect(RoleWording(role: "peripheral").dutchTerm == "periferie")
    }
}
