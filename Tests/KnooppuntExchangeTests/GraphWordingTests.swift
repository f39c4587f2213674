import KnooppuntGraph
import KnooppuntModel
import Testing

/// KnooppuntGraph's roles and statuses find their words in the model by raw value; here, where both
/// modules meet, every case of one must have its twin in the other.
@Suite struct GraphWordingTests {
    @Test func everyRoleHasItsWording() {
        #expect(ActorRole.allCases.map(\.rawValue) == RoleWording.allCases.map(\.rawValue))
        for role in ActorRole.allCases {
            // English labels are the raw values, as the screens and `knooppunt analyse` always wrote them.
            #expect(RoleWording(role: role.rawValue).englishTerm == role.rawValue)
        }
    }
}
