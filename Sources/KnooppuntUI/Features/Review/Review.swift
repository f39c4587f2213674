import Foundation
import KnooppuntModel

/// The half-year review screen: how far it is scrolled.
public struct ReviewState: Hashable, Sendable {
    public var scroll = 0
}
