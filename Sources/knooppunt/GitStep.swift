import KnooppuntWords

/// What git was asked to do when it failed, for the sentence that says so.
enum GitStep {
    case registerMergeDriver, setName, setAddress, makeRepository, addSections, firstCommit
    case setRemote, addRemote, push(String), clone(String)
    case readCommit, readBranch, readChanges, addChanges, commitChanges

    /// What git could not do, as the middle of `cliGitFailed`.
    func words(_ say: Words) -> String {
        switch self {
        case .registerMergeDriver: say.cliGitRegisterMergeDriver
        case .setName: say.cliGitSetName
        case .setAddress: say.cliGitSetAddress
        case .makeRepository: say.cliGitMakeRepository
        case .addSections: say.cliGitAddSections
        case .firstCommit: say.cliGitFirstCommit
        case .setRemote: say.cliGitSetRemote
        case .addRemote: say.cliGitAddRemote
        case .push(let remote): say.cliGitPush(remote: remote)
        case .clone(let url): say.cliGitClone(url: url)
        case .readCommit: say.cliGitReadCommit
        case .readBranch: say.cliGitReadBranch
        case .readChanges: say.cliGitReadChanges
        case .addChanges: say.cliGitAddChanges
        case .commitChanges: say.cliGitCommitChanges
        }
    }
}
