import Foundation

// WordsGenerator <output.swift> <nl.words> <en.words>: run by the WordsPlugin at build time.
let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: WordsGenerator <output.swift> <nl.words> <en.words>\n".utf8))
    exit(2)
}

func table(_ path: String) throws -> WordsTable {
    try WordsTable(path: path, contents: String(contentsOfFile: path, encoding: .utf8))
}

do {
    let source = try WordsSource.swift(dutch: table(arguments[2]), english: table(arguments[3]))
    // Only a changed text touches the file, so an unchanged table does not rebuild the module.
    if (try? String(contentsOfFile: arguments[1], encoding: .utf8)) != source {
        try source.write(toFile: arguments[1], atomically: true, encoding: .utf8)
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
