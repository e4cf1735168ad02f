/// A file of exercises and the file of their solutions (`sum.md` and `solutions/sum.md`,
/// `exercise.md` and `solution.md`, `questions.md` and `answers.md`): the solution restates
/// each task or question before answering it, by the collection's own convention, so their
/// repeated questions are one exercise, not a question asked twice.
enum SolutionFiles {
    /// Names of a folder or file that holds solutions or answers, and of their counterparts.
    static let solutionNames: Set<String> = ["solution", "solutions", "answer", "answers", "答案", "题解", "解答", "参考答案"]
    static let exerciseNames: Set<String> = ["exercise", "exercises", "question", "questions", "problem", "problems", "task", "tasks",
                                             "题目", "习题", "练习"]

    /// True when one of the two paths is the solution file of the other: the exercise's name
    /// with a solutions folder added (`x.md`, `solutions/x.md`) or in place of an exercises folder
    /// (`exercises/x.md`, `solutions/x.md`), or with a solution suffix (`x-solution.md`,
    /// `x_answers.md`, `solutions/x_solution.md`); or, in one folder, an exercise file (or the
    /// folder's `README.md`) and a solution file (`exercise.md` and `solution.md`).
    static func areExerciseAndSolution(_ a: String, _ b: String) -> Bool {
        guard a != b else { return false }
        let (first, second) = (File(a), File(b))
        return first.solves(second) || second.solves(first)
    }

    private struct File {
        let folder: [Substring]
        let stem: String
        let fileExtension: String

        init(_ path: String) {
            let (folder, name) = SolutionFiles.split(path.lowercased())
            self.folder = folder
            let dot = name.lastIndex(of: ".") ?? name.endIndex
            stem = String(name[..<dot])
            fileExtension = String(name[dot...])
        }

        /// The stem without a solution suffix (`x` of `x-solution`), when it has one.
        var unsuffixedStem: String? {
            for separator in "-_. " {
                guard let index = stem.lastIndex(of: separator) else { continue }
                if solutionNames.contains(String(stem[stem.index(after: index)...])), index > stem.startIndex { return String(stem[..<index]) }
            }
            return nil
        }

        /// Whether this file is the solution of `exercise`.
        func solves(_ exercise: File) -> Bool {
            // `README.md` of an exercise's folder states it; `solution.md` beside it solves it.
            if folder == exercise.folder, solutionNames.contains(stem), exerciseNames.contains(exercise.stem) || exercise.stem == "readme" {
                return true
            }
            let unsuffixed = unsuffixedStem
            guard (unsuffixed ?? stem) == exercise.stem, fileExtension == exercise.fileExtension else { return false }
            return folder == exercise.folder ? unsuffixed != nil : SolutionFiles.isSolutionFolder(folder, of: exercise.folder)
        }
    }

    /// `solutions` inside the exercise's folder (`shell/solutions` of `shell`), or beside its
    /// exercises folder (`k8s/solutions` of `k8s/exercises`).
    private static func isSolutionFolder(_ folder: [Substring], of exerciseFolder: [Substring]) -> Bool {
        guard let last = folder.last, solutionNames.contains(String(last)) else { return false }
        let parent = folder.dropLast()
        if parent.elementsEqual(exerciseFolder) { return true }
        guard let exerciseLast = exerciseFolder.last, exerciseNames.contains(String(exerciseLast)) else { return false }
        return parent.elementsEqual(exerciseFolder.dropLast())
    }

    private static func split(_ path: String) -> (folder: [Substring], name: String) {
        var components = path.split(separator: "/")
        let name = components.popLast().map(String.init) ?? path
        return (components, name)
    }
}
