import IQCore
@testable import IQRules
import IQTestSupport
import Testing

/// A file of exercises and the file of their solutions restate the same tasks: neither
/// `duplicate-question` nor `duplicate-link` compares them; other files still are.
@Suite struct SolutionFilesTests {
    @Test(arguments: [
        ("topics/shell/sum.md", "topics/shell/solutions/sum.md"),
        ("k8s/exercises/taints.md", "k8s/solutions/taints.md"),
        ("k8s/taints_101/exercise.md", "k8s/taints_101/solution.md"),
        ("questions.md", "answers.md"),
        ("ch1/习题.md", "ch1/答案.md"),
        ("week1.md", "week1-solutions.md"),
        ("Week1.md", "week1_Answers.md"),
        ("k8s/replicaset_01.md", "k8s/solutions/replicaset_01_solution.md"),
        ("topics/linux/exercises/navigation/README.md", "topics/linux/exercises/navigation/solution.md"),
    ])
    func pairs(exercise: String, solution: String) {
        #expect(SolutionFiles.areExerciseAndSolution(exercise, solution))
        #expect(SolutionFiles.areExerciseAndSolution(solution, exercise))
    }

    @Test(arguments: [
        ("topics/shell/sum.md", "topics/shell/sum.md"),
        ("topics/shell/sum.md", "topics/git/solutions/sum.md"),
        ("topics/shell/sum.md", "topics/shell/notes/sum.md"),
        ("k8s/exercises/taints.md", "k8s/solutions/pods.md"),
        ("a/exercise.md", "b/solution.md"),
        ("week1.md", "week2-solutions.md"),
        ("week1.md", "week1-notes.md"),
        ("solutions.md", "solutions-old.md"),
        ("README.md", "solutions/README.md/x.md"),
        ("k8s/replicaset_01.md", "k8s/solutions/replicaset_02_solution.md"),
        ("notes/solution.md", "notes/solution-old.md"),
        ("navigation/README.md", "copy/solution.md"),
    ])
    func notPairs(a: String, b: String) {
        #expect(!SolutionFiles.areExerciseAndSolution(a, b))
        #expect(!SolutionFiles.areExerciseAndSolution(b, a))
    }

    private static let exercise = "## Taints\n\n1. What is a taint of a node?\n2. How do you remove a taint from a node?\n3. [Why taint a control-plane node?](https://a.example/taint)\n"

    @Test func theSolutionRestatesTheExercise() throws {
        let solution = Self.exercise + "\n## Solution\n\n`kubectl taint nodes minikube app-`\n"
        for (path, solutionPath) in [("test.md", "solutions/test.md"), ("test.md", "test-solution.md"), ("exercise.md", "solution.md")] {
            let found = try LintHarness.lint(Self.exercise, path: path, rules: ["duplicate-question", "duplicate-link"],
                                             companions: [solutionPath: solution])
            #expect(found.isEmpty, "\(solutionPath): \(found.map(\.message))")
        }
    }

    @Test func anotherFileStillCounts() throws {
        let found = try LintHarness.lint(Self.exercise, rules: ["duplicate-question", "duplicate-link"], companions: ["notes.md": Self.exercise])
        #expect(Set(found.map(\.ruleID)) == ["duplicate-question", "duplicate-link"], "\(found.map(\.message))")
    }
}
