import Foundation
import KnooppuntModel

/// The half-year review screen: how far it is scrolled.
struct ReviewState: Hashable, Sendable {
    var scroll = 0
}
