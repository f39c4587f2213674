import Foundation
import KnooppuntModel

extension ScreenKind {
    static let surveyImport = ScreenKind("survey-import")
}

/// The survey import's preview, opened with `I` on the sociogram: how the file reads, each column's role
/// and topic, each name's match; `t` gives the selected question column a topic, `o` chooses what
/// happens to unknown names, Enter imports (one change, undone with `u`), Esc goes back.
struct SurveyImportState: Hashable, Sendable {
    var result: SurveyPreviewResult?
    /// The selected column (an index into the result's columns).
    var column = 0
    var top = 0
    var waiting = false
}

enum SurveyImportFeature: ScreenFeature {
    static let kind = ScreenKind.surveyImport

    static func title(_ state: AppState) -> String { state.words.importASurvey }

    static func bindings(_ state: AppState) -> [KeyBinding] {
        let words = state.words
        return [
            KeyBinding("↑ ↓", words.column),
            KeyBinding("Enter", words.import2, status: words.import2, rank: 0),
            KeyBinding(
                "t", words.topicOfTheColumn, status: words.topic,
                rank: 1),
            KeyBinding(
                "o", words.unknownNamesStopAddSkip,
                status: words.unknownSurveyImport, rank: 2),
            KeyBinding("PgUp PgDn", words.scroll),
            KeyBinding(
                "Esc", words.backToTheSociogram, status: words.back,
                rank: 3),
            .statusOnly("?", words.help, rank: 4),
        ]
    }

    /// `I` on the sociogram asks for the file.
    static func askPath(_ state: inout AppState) {
        App.ask(
            &state, SurveyImportDialog.path,
            title: state.words.surveyFileCSVFromFormsGoogle,
            hint: state.words.itsPathForExampleDownloadsResponses,
            text: state.surveyImport.result?.request.path ?? "")
        App.completingPaths(&state)
    }

    static func preview(_ state: inout AppState, _ request: SurveyRequest) -> [Effect] {
        state.surveyImport.waiting = true
        state.say(state.words.readingTheFile)
        return [.previewSurvey(request)]
    }

    /// The executable's preview arrives.
    static func received(_ state: inout AppState, _ result: SurveyPreviewResult) {
        state.surveyImport.waiting = false
        if let failure = result.failure {
            state.say(failure, error: true)
            return
        }
        state.surveyImport.result = result
        state.surveyImport.column = min(state.surveyImport.column, max(0, result.columns.count - 1))
        App.switchTo(&state, .surveyImport)
        state.say(
            result.problems.isEmpty
                ? state.words.readyToImportEnter
                : state.words.problemSNothingToImport(count: result.problems.count),
            error: !result.problems.isEmpty)
    }

    static func handle(_ state: inout AppState, _ event: Event) -> [Effect]? {
        guard case .key(let key) = event, let result = state.surveyImport.result else { return nil }
        let columns = result.columns
        switch key {
        case .up, .character("k"), .down, .character("j"):
            state.surveyImport.column = ListPlacement.stepped(
                state.surveyImport.column, by: key, count: columns.count)
        case .pageDown: state.surveyImport.top += 10
        case .pageUp: state.surveyImport.top = max(0, state.surveyImport.top - 10)
        case .character("o"):
            var request = result.request
            let all = SurveyRequest.Unknown.allCases
            request.unknown = all[((all.firstIndex(of: request.unknown) ?? 0) + 1) % all.count]
            request.section = state.section
            return preview(&state, request)
        case .character("t"):
            guard columns.indices.contains(state.surveyImport.column),
                columns[state.surveyImport.column].isQuestion
            else {
                state.say(state.words.chooseAQuestionColumnFirst)
                return []
            }
            let column = columns[state.surveyImport.column]
            App.ask(
                &state, SurveyImportDialog.topic(column.letter),
                title: state.words.topicOfColumn(letter: column.letter),
                hint: column.header, text: result.request.columnTopics[column.letter] ?? "")
        case .enter:
            // The preview was made against the section as it was; if it changed since, read again.
            guard result.request.section == state.section else {
                var request = result.request
                request.section = state.section
                return preview(&state, request)
            }
            guard let imported = result.imported else {
                return state.refuse(state.words.nothingToImportSolveTheProblems)
            }
            state.surveyImport.result = nil
            state.sociogram.measurement = nil
            var effects = App.switchTo(&state, .sociogram)
            effects += App.change(&state, to: imported, message: result.summary)
            return effects
        case .escape:
            return App.switchTo(&state, .sociogram)
        default:
            return nil
        }
        return []
    }

    static func answer(_ state: inout AppState, _ prompt: Prompt, _ text: String) -> [Effect] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch prompt.purpose.reply(SurveyImportDialog.self) {
        case .path:
            guard !trimmed.isEmpty else { return [] }
            let request = SurveyRequest(
                path: trimmed, section: state.section,
                sociogram: state.sociogram.sociogram(state.section)?.name,
                english: state.options.language == .en)
            state.surveyImport = SurveyImportState()
            return preview(&state, request)
        case .topic(let letter):
            guard var request = state.surveyImport.result?.request else { return [] }
            if trimmed.isEmpty {
                request.columnTopics[letter] = nil
            } else {
                switch Rulebook.validName(trimmed, state.options.language) {
                case .failure(let why): return App.reject(&state, prompt, why)
                case .success(let topic): request.columnTopics[letter] = topic
                }
            }
            request.section = state.section
            return preview(&state, request)
        case nil:
            return []
        }
    }

    static func render(_ state: AppState, into grid: inout Grid, area: Rect) {
        grid.fill(area)
        guard let result = state.surveyImport.result else { return }
        let theme = state.theme
        var lines: [(String, Style)] = [
            (state.words.file + result.request.path, theme.title),
            (
                state.words.unknownNames
                    + unknownLabel(result.request.unknown, state)
                    + state.words.oSwitches, .plain
            ),
        ]
        for line in result.lines {
            let isColumn = result.columns.firstIndex { line.hasPrefix("  \($0.letter)  ") }
            let selected = isColumn != nil && isColumn == state.surveyImport.column
            let style: Style =
                selected
                ? theme.selection : line.hasPrefix("Fout") || line.hasPrefix("Error") ? theme.warning : .plain
            lines.append((SafeText.clean(line), style))
        }
        let top = min(state.surveyImport.top, max(0, lines.count - area.height))
        for (row, (text, style)) in lines.dropFirst(top).prefix(area.height).enumerated() {
            grid.put(
                TextLayout.fit(text, width: area.width), x: area.x, y: area.y + row, style: style, clip: area)
        }
    }

    static func unknownLabel(_ unknown: SurveyRequest.Unknown, _ state: AppState) -> String {
        switch unknown {
        case .refuse: state.words.stop
        case .add: state.words.addAsNewPeople
        case .skip: state.words.skip
        }
    }

    static func reconcile(_ state: inout AppState) {}
}

/// The preview's questions: the file's path, and a topic for one question column.
enum SurveyImportDialog: DialogReply {
    case path
    case topic(String)

    static var owner: ScreenKind { .surveyImport }
}
