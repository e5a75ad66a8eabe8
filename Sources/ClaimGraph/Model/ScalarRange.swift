/// Unicode scalar offsets into `Document.text`, end exclusive — the same
/// numbers Python's `text[start:end]` takes.
public typealias ScalarRange = Range<Int>
