import IQMarkdown
import Testing

/// A bank's model holds a block, an item and two copies of a link per question: their sizes
/// are what a 100 MB bank's memory is made of (bench/SCALING.md). The stored properties are
/// ordered and packed for these sizes; a new field that grows them should be a decision.
@Suite struct ModelLayoutTests {
    @Test func blocksItemsAndLinksKeepTheirSize() {
        #expect(MemoryLayout<SourceRange>.stride == 8)
        #expect(MemoryLayout<Link>.stride <= 80)
        #expect(MemoryLayout<ListItem>.stride <= 72)
        #expect(MemoryLayout<Heading>.stride <= 64)
        #expect(MemoryLayout<Paragraph>.stride <= 64)
        #expect(MemoryLayout<Block>.stride <= 72)
    }
}
