import KnooppuntWords

extension DurableWrite.Failure {
    /// The sentence in Dutch, or in English when `english`. The system's own message (`strerror`) stays
    /// as the system gives it.
    public func text(english: Bool) -> String { failure.text(Words(isEnglish: english)) }
}

extension DurableFile.Failure {
    /// The sentence in the language of `words`; `sentence` is the English one, for `StoreError.io`.
    func text(_ words: Words) -> String {
        switch self {
        case .missing: words.writeMissing
        case .exists: words.writeExists
        case .tooLarge(let bytes): words.writeTooLarge(megabytes: bytes / 1_000_000)
        case .notARegularFile: words.writeNotARegularFile
        case .notAFolder(let path): words.writeNotAFolder(path: path)
        case .system(let call, let path, let message) where call == Self.readCall:
            // Reading needs no space, only permission: point at the one thing that can be wrong.
            words.writeCannotRead(path: path, message: message)
        case .system(let call, let path, let message):
            words.writeFailed(step: Self.step(call, path, words), message: message)
        }
    }

    /// "create a temporary file in /x": the step that failed. A step this table does not know is named
    /// as the call gives it (in English) rather than left out.
    private static func step(_ call: String, _ path: String, _ words: Words) -> String {
        switch call {
        case "create a temporary file in": words.writeStepTemporary(path: path)
        case "create the folder": words.writeStepFolder(path: path)
        case "create": words.writeStepCreate(path: path)
        case "flush to disk": words.writeStepFlush(path: path)
        case "open": words.writeStepOpen(path: path)
        case "replace": words.writeStepReplace(path: path)
        case "write": words.writeStepWrite(path: path)
        default: words.writeStepOther(path: path, call: call)
        }
    }
}
