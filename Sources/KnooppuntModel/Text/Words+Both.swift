import KnooppuntWords

extension Words {
    /// One text in both languages, for the model's values that carry both (a refusal or problem that
    /// the interface and the command line each show in their own language): the key is named once.
    static func both(_ text: (Words) -> String) -> (dutch: String, english: String) {
        (text(.dutch), text(.english))
    }
}
