import Foundation

/// The positions a network was last drawn with, saved with the network so the picture does not jump
/// between meetings. Keys are node UUIDs as strings, so the JSON stays an object that diffs well.
public struct SavedLayout: Hashable, Sendable, Codable, FileDefault {
    public var positions: [String: LayoutPoint]

    public init(positions: [String: LayoutPoint] = [:]) {
        self.positions = positions
    }

    public subscript(id: UUID) -> LayoutPoint? {
        get { positions[id.uuidString] }
        set { positions[id.uuidString] = newValue }
    }

    public var isEmpty: Bool { positions.isEmpty }

    public static var fileDefault: SavedLayout { SavedLayout() }

    public func removing(_ id: UUID) -> SavedLayout {
        var copy = self
        copy.positions[id.uuidString] = nil
        return copy
    }
}
