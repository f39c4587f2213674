import Foundation
import KnooppuntModel

// The child process of the store's crash test (Tests/KnooppuntModelTests/StoreCrashTests.swift).
//
//     StoreCrashProbe DIRECTORY SLUG [SAVES]
//
// Loads the section, checks that it is the state its revision promises, writes the next state and saves
// it with the revision it read, SAVES times (forever without it) or until it is killed. After each
// committed save it writes the new revision on a line of its own to stdout, unbuffered, so the parent
// knows what is durable when it sends SIGKILL. A conflict (another probe saved first) means: reload.
//
// The state of revision r, which the test checks independently: `school` is "ronde r" and every
// meeting's note is "ronde r". The test makes the section large, so that each save takes a while and
// many kills land in the middle of one.
#if canImport(Glibc)
    import Glibc
#endif

/// write(2) directly: the parent must see each line the moment the save has committed.
func say(_ line: String, to fd: Int32 = 1) {
    var bytes = Array((line + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
        if n <= 0 { return }
        offset += n
    }
}

func fail(_ message: String, status: Int32) -> Never {
    say("StoreCrashProbe: \(message)", to: 2)
    exit(status)
}

func stateMatches(_ stored: StoredSection) -> Bool {
    let mark = "ronde \(stored.revision)"
    return stored.section.school == mark && stored.section.meetings.allSatisfy { $0.note == mark }
}

let arguments = CommandLine.arguments
guard arguments.count == 3 || arguments.count == 4 else {
    fail("usage: StoreCrashProbe DIRECTORY SLUG [SAVES]", status: 64)
}
let limit = arguments.count == 4 ? Int(arguments[3]) : nil
if arguments.count == 4 && limit == nil { fail("SAVES must be a whole number", status: 64) }

let store: SectionStore
do {
    store = try SectionStore(directory: URL(fileURLWithPath: arguments[1]))
} catch {
    fail("\(error)", status: 2)
}
let slug = arguments[2]

var saves = 0
var announced = false
while limit.map({ saves < $0 }) ?? true {
    let stored: StoredSection
    do {
        stored = try store.load(slug)
    } catch {
        fail("\(error)", status: 2)
    }
    guard stateMatches(stored) else {
        fail("revision \(stored.revision) does not hold the state it promises", status: 3)
    }
    if !announced {
        say("ready")
        announced = true
    }
    var next = stored.section
    let mark = "ronde \(stored.revision + 1)"
    next.school = mark
    for index in next.meetings.indices { next.meetings[index].note = mark }
    do {
        let saved = try store.save(next, slug: slug, expectedRevision: stored.revision)
        saves += 1
        say("\(saved.revision)")
    } catch StoreError.conflict, StoreError.locked {
        continue  // another writer got there first: reload and try again
    } catch {
        fail("\(error)", status: 2)
    }
}
