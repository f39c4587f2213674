import KnooppuntWords

/// The sentences of `share` and `sync`: what was shared, what git could not do, what came in.
extension Words {
    func shared(_ folder: String, remote: String?) -> String {
        remote.map { cliSharedAndPushed(folder: folder, remote: $0) }
            ?? cliSharedWithoutRemote(folder: folder)
    }
    func committedHere(_ summary: String?) -> String {
        summary.map { cliCommittedHere(summary: $0) } ?? cliNothingToShare
    }
    func gitFailed(_ step: GitStep, reason: String) -> String {
        cliGitFailed(step: step.words(self), reason: reason)
    }
    /// The interface's sync, as one line for its status bar.
    func syncedIn(_ cameIn: [String]) -> String {
        cameIn.isEmpty ? cliSyncedNothingIn : cliSyncedIn(cameIn: cameIn.joined(separator: "; "))
    }
}
