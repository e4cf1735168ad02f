import IQCore
@testable import IQRules
import IQTestSupport
import Testing

/// An entry is the entry of the heading it names, wherever it links: toc-sync never adds a
/// second entry of that name, and never gives its heading to a neighbour of another name.
@Suite struct TOCSyncNamedEntryTests {
    /// `- [3D语义分割](#3DSS)`, dead, below two dead entries of categories the page lacks: it takes
    /// its heading; the neighbours (two dead entries of one stretch) are not renamings.
    @Test func aDeadEntryNamedAsAHeadingTakesItBeforeItsNeighbours() throws {
        let text = """
            # 【CVPR 2024 论文开源目录】

            - [医学图像分割(Medical Image Segmentation)](#MIS)
            - [视频目标分割(Video Object Segmentation)](#VOS)
            - [去噪(Denoising)](#Denoising)
            - [3D语义分割(3D Semantic Segmentation)](#3DSS)

            # 3D目标检测(3D Object Detection)

            text

            # 3D语义分割(3D Semantic Segmentation)

            text

            <a name="Denoising"></a>

            # 去噪(Denoising)

            text

            """
        let found = try LintHarness.lint(text, path: "README.md", rules: ["toc-sync"])
        #expect(found.map(\.line) == [6, 8], "\(found.map(\.message))")
        #expect(found.first?.message.contains("found '3D语义分割(3D Semantic Segmentation)' (#3DSS)") == true, "\(found.map(\.message))")
        let fixed = try LintHarness.fix(text, path: "README.md", rules: ["toc-sync"], unsafe: true)
        #expect(fixed.contains("- [医学图像分割(Medical Image Segmentation)](#MIS)\n- [视频目标分割(Video Object Segmentation)](#VOS)\n"), "\(fixed)")
        #expect(fixed.components(separatedBy: "[3D语义分割(3D Semantic Segmentation)]").count == 2, "\(fixed)")
    }

    /// `##` alone between sections: a divider with no title to list.
    @Test func anEmptyHeadingIsNoSectionToList() throws {
        let text = "# Papers\n\n##\n\n## Table of Contents\n- [Performance](#performance)\n- [2014](#2014)\n\n##\n\n## Performance\n\nx\n\n##\n\n## 2014\n\ny\n"
        #expect(try LintHarness.lint(text, path: "README.md", rules: ["toc-sync"]).isEmpty)
    }

    /// `对抗样本)<a name="AE"></a>` closing the line above the heading: the entry `#AE` lands
    /// there and lists the heading.
    @Test func anAnchorClosingTheLineAboveAHeadingNamesIt() throws {
        let text = """
            ## 目录

            - [Backbone](#Backbone)
            - [对抗样本(Adversarial Examples)](#AE)

            <a name="Backbone"></a>

            # Backbone

            - Paper: https://a.example/1

            对抗样本)<a name="AE"></a>

            # 对抗样本(Adversarial Examples)

            - Paper: https://a.example/2

            """
        #expect(try LintHarness.lint(text, path: "README.md", rules: ["toc-sync"]).isEmpty)
    }

    /// A copied `<a name="Scene-Text-Recognition">` above an earlier section: the entry named
    /// `场景文本识别` lands on `场景文本检测`. One finding on the entry, pointing it at its own
    /// heading (unsafe); never a second entry of that name.
    @Test func anEntryLandingOnAnotherSectionIsPointedAtTheOneItNames() throws {
        let text = """
            ## 目录

            - [Backbone](#Backbone)
            - [场景文本识别(Scene Text Recognition)](#Scene-Text-Recognition)

            <a name="Backbone"></a>

            # Backbone

            x

            <a name="Scene-Text-Recognition"></a>

            # 场景文本检测(Scene Text Detection)

            y

            <a name="Scene-Text-Recognition"></a>

            # 场景文本识别(Scene Text Recognition)

            z

            """
        let found = try LintHarness.lint(text, path: "README.md", rules: ["toc-sync"])
        #expect(found.map(\.line) == [4], "\(found.map(\.message))")
        #expect(found.first?.message.contains("which links '场景文本检测(Scene Text Detection)'") == true, "\(found.map(\.message))")
        #expect(found.first?.fix?.applicability == .unsafe)
        #expect(try LintHarness.fix(text, path: "README.md", rules: ["toc-sync"]) == text)
    }

    /// `## Sommaire`, `## İçindekiler`, `## 목차`: a table of contents titled in the
    /// collection's language is checked as one titled `Contents`.
    @Test(arguments: ["Sommaire", "İçindekiler", "Daftar Isi", "목차", "Содержание", "Índice"])
    func aContentsTitleInAnotherLanguageIsRecognised(title: String) throws {
        let text = "# Liste\n\n## \(title)\n\n- [Livres](#livres)\n- [Sites](#sites)\n\n## Livres\n\nx\n\n## MOOC\n\ny\n\n## Sites\n\nz\n"
        let found = try LintHarness.lint(text, path: "README.md", rules: ["toc-sync"])
        #expect(found.map(\.line) == [12], "\(title): \(found.map(\.message))")
    }

    /// `- [Escaping \](#27-escaping)`: the escaped bracket makes the entry text, named as the
    /// heading `## 2.7 Escaping` but for its number; no second entry is added for it.
    @Test func anEntryShownAsTextNamedButForTheNumberListsItsHeading() throws {
        let text = "## Contents\n\n- [Punkt](#21-punkt)\n- [Escaping \\](#27-escaping)\n- [Anker](#28-anker)\n\n## 2.1 Punkt\n\nx\n\n## 2.7 Escaping\n\ny\n\n## 2.8 Anker\n\nz\n"
        #expect(try LintHarness.lint(text, path: "README.md", rules: ["toc-sync"]).isEmpty)
    }

    /// A table in alphabetical order, the sections not (`DevOps` last): the forgotten
    /// `Messaging` goes where the alphabet puts it.
    @Test func aForgottenSectionGoesToItsPlaceInAnAlphabeticalTable() throws {
        let text = "## Table of Contents\n\n- [Archive](#archive)\n- [Database](#database)\n- [DevOps](#devops)\n- [Graphics](#graphics)\n- [Web](#web)\n\n"
            + "### Archive\n\n* a\n\n### Database\n\n* b\n\n### Messaging\n\n* c\n\n### Graphics\n\n* d\n\n### Web\n\n* e\n\n### DevOps\n\n* f\n"
        let fixed = try LintHarness.fix(text, path: "README.md", rules: ["toc-sync"])
        #expect(fixed.contains("- [Graphics](#graphics)\n- [Messaging](#messaging)\n- [Web](#web)\n"), "\(fixed)")
    }

    /// The forgotten `Tips` after `Process`, whose entry the same fix repairs: it goes below
    /// that entry, in document order.
    @Test func aForgottenSectionGoesBelowTheEntryRepairedBeforeIt() throws {
        let text = "# Guide\n\n## Contents\n\n- [Theory](#theory)\n- [Process](#old-process)\n\n## Theory\n\n- a\n\n## Process\n\n- b\n\n## Tips\n\n- c\n"
        let fixed = try LintHarness.fix(text, path: "README.md", rules: ["toc-sync"], unsafe: true)
        #expect(fixed.contains("- [Theory](#theory)\n- [Process](#process)\n- [Tips](#tips)\n"), "\(fixed)")
        #expect(try LintHarness.lint(fixed, path: "README.md", rules: ["toc-sync"]).isEmpty)
    }
}
