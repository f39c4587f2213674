import Foundation
import KnooppuntGraph
import KnooppuntModel

/// The sociogram's roster, figures, positions and picture, computed once per content. The keys hold
/// the arrays the results are made of, so comparing a key with the last one is a handful of buffer
/// identity checks while nothing changed: a cursor move or a clock tick costs no more than that.
///
/// A large sociogram (`isLarge`) gets its layout and figures in the background (`BackgroundWork`):
/// until they are ready the screen says so on a progress line and keys keep working. Smaller ones are
/// computed inline, so their first frame is complete, as the tests and golden screens expect.
enum SociogramMemo {
    struct RosterKey: Hashable, Sendable {
        var personIDs: [UUID]
        var outsiders: [SociogramOutsider]
        var people: [Person]
    }

    struct FiguresKey: Hashable, Sendable {
        var measurement: Int
        var topic: UUID?
        var choices: [SociogramChoice]
        var topics: [SociogramTopic]
        var roster: RosterKey

        func hash(into hasher: inout Hasher) {
            hasher.combine(measurement)
            hasher.combine(topic)
            sketch(choices, into: &hasher)
            sketch(roster.personIDs, into: &hasher)
            hasher.combine(roster.people.count)
        }
    }

    struct PositionsKey: Hashable, Sendable {
        var members: [UUID]
        var layout: SavedLayout
        var choices: [[SociogramChoice]]

        func hash(into hasher: inout Hasher) {
            sketch(members, into: &hasher)
            hasher.combine(layout.positions.count)
            for list in choices { sketch(list, into: &hasher) }
        }
    }

    /// Hashing a key would read every choice and every person (milliseconds at school scale, on every
    /// frame that waits for the background); its sizes and ends tell keys apart well enough, and
    /// equality still compares everything.
    static func sketch<T: Hashable>(_ list: [T], into hasher: inout Hasher) {
        hasher.combine(list.count)
        hasher.combine(list.first)
        hasher.combine(list.last)
        if list.count > 2 { hasher.combine(list[list.count / 2]) }
    }

    struct PictureKey: Hashable, Sendable {
        var coloring: SociogramColoring
        var hide: Bool
        var figures: FiguresKey
        var positions: PositionsKey
    }

    private static let rosterMemo = Memo<RosterKey, SociogramRoster>(capacity: 4)
    private static let figuresWork = BackgroundWork<FiguresKey, SociogramFigures>(capacity: 24)
    private static let positionsWork = BackgroundWork<PositionsKey, [UUID: PlanePoint]>(capacity: 8)
    private static let pictureMemo = Memo<PictureKey, NetworkPicture>(capacity: 16)

    /// From this size on, layout and figures leave the input loop: a stress layout of 500 people takes
    /// about half a second, Louvain and betweenness of 2,000 about as long again.
    static func isLarge(_ s: Sociogram) -> Bool {
        s.memberIDs.count > 300 || s.measurements.reduce(0) { $0 + $1.choices.count } > 12_000
    }

    static func roster(_ s: Sociogram, people: [Person]) -> SociogramRoster {
        let key = RosterKey(personIDs: s.personIDs, outsiders: s.outsiders, people: people)
        return rosterMemo.value(for: key) { SociogramRoster(s, people: people) }
    }

    private static func figuresKey(_ s: Sociogram, people: [Person], measurement: Int, topic: UUID?)
        -> FiguresKey
    {
        FiguresKey(
            measurement: measurement, topic: topic,
            choices: s.measurements.indices.contains(measurement) ? s.measurements[measurement].choices : [],
            topics: s.topics,
            roster: RosterKey(personIDs: s.personIDs, outsiders: s.outsiders, people: people))
    }

    private static func positionsKey(_ s: Sociogram) -> PositionsKey {
        PositionsKey(members: s.memberIDs, layout: s.layout, choices: s.measurements.map(\.choices))
    }

    /// The figures, computed here when they are not ready (the figures panel and tests need them now).
    static func figures(_ s: Sociogram, section: Section, measurement: Int, topic: UUID?) -> SociogramFigures
    {
        readyFigures(s, section: section, measurement: measurement, topic: topic, inline: true)!
    }

    /// The figures if ready; a large sociogram's are started in the background and nil comes back.
    static func readyFigures(
        _ s: Sociogram, section: Section, measurement: Int, topic: UUID?, inline: Bool? = nil
    ) -> SociogramFigures? {
        let people = section.people
        let key = figuresKey(s, people: people, measurement: measurement, topic: topic)
        let roster = roster(s, people: people)
        return figuresWork.value(for: key, inline: inline ?? !isLarge(s)) {
            SociogramFigures(s, roster: roster, people: people, measurement: measurement, topic: topic)
        }
    }

    /// Positions in layout space, computed here when they are not ready.
    static func positions(_ s: Sociogram) -> [UUID: PlanePoint] { readyPositions(s, inline: true)! }

    /// Positions if ready; a large sociogram's layout is started in the background and nil comes back.
    static func readyPositions(_ s: Sociogram, inline: Bool? = nil) -> [UUID: PlanePoint]? {
        positionsWork.value(for: positionsKey(s), inline: inline ?? !isLarge(s)) {
            SociogramPicture.positions(s, graph: SociogramPicture.layoutGraph(s))
        }
    }

    /// Starts, in the background, what screen 4 will ask for when a section opens: the layout, the
    /// figures of every measurement and topic (the latest first, so `t` and `M` find them ready) and
    /// the picture as it first shows. A large sociogram gets its latest measurement only, all topics
    /// together: seconds of work per set of figures there.
    static func prepare(_ section: Section) {
        guard BackgroundActivity.enabled else { return }
        let people = section.people
        for s in section.networks.sociograms.prefix(4) where !s.memberIDs.isEmpty {
            let positions = positionsKey(s)
            positionsWork.prepare(positions) {
                SociogramPicture.positions(s, graph: SociogramPicture.layoutGraph(s))
            }
            let latest = s.latestMeasurementIndex ?? 0
            let measurements = isLarge(s) ? [latest] : Array(s.measurements.indices.reversed())
            let topics: [UUID?] = isLarge(s) ? [nil] : [nil] + s.topics.map(\.id)
            let roster = roster(s, people: people)
            for m in measurements {
                for topic in topics {
                    figuresWork.prepare(figuresKey(s, people: people, measurement: m, topic: topic)) {
                        SociogramFigures(s, roster: roster, people: people, measurement: m, topic: topic)
                    }
                }
            }
            // The first picture: the latest measurement, all topics, as a shared screen shows it. The
            // queue runs in order, so its layout and figures are done when this job's turn comes.
            let figures = figuresKey(s, people: people, measurement: latest, topic: nil)
            BackgroundActivity.run {
                guard let points = positionsWork.ready(positions), let f = figuresWork.ready(figures) else {
                    return
                }
                let key = PictureKey(coloring: .community, hide: true, figures: figures, positions: positions)
                _ = pictureMemo.value(for: key) {
                    SociogramPicture.picture(
                        s, roster: roster, figures: f, points: points, measurement: latest, topic: nil,
                        coloring: .community, context: ScreenContext(sharedScreen: true))
                }
            }
        }
    }

    /// What the picture sub-view draws: nil while the layout or figures are computed in the background.
    static func scene(
        _ s: Sociogram, section: Section, measurement: Int, topic: UUID?, coloring: SociogramColoring,
        context: ScreenContext
    ) -> (figures: SociogramFigures, picture: NetworkPicture)? {
        // Both asked for on every frame, so both stay wanted while the other is computed.
        let ready = readyPositions(s)
        let readyFigures = readyFigures(s, section: section, measurement: measurement, topic: topic)
        guard let points = ready, let figures = readyFigures else { return nil }
        let key = PictureKey(
            coloring: coloring, hide: EcogramPicture.hidesSensitive(context),
            figures: figuresKey(s, people: section.people, measurement: measurement, topic: topic),
            positions: positionsKey(s))
        let picture = pictureMemo.value(for: key) {
            SociogramPicture.picture(
                s, roster: roster(s, people: section.people), figures: figures, points: points,
                measurement: measurement, topic: topic, coloring: coloring, context: context)
        }
        return (figures, picture)
    }

    /// True while this sociogram's layout or figures are being computed in the background.
    static func isComputing(_ s: Sociogram, section: Section, measurement: Int, topic: UUID?) -> Bool {
        positionsWork.isRunning(positionsKey(s))
            || figuresWork.isRunning(
                figuresKey(s, people: section.people, measurement: measurement, topic: topic))
    }
}
