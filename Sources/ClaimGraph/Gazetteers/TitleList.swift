/// Titles and roles (`gazetteers/titles.txt`) on their own, for reading a
/// name someone typed without loading the whole lexicon.
public enum TitleList {
  public static func load(directory: String) throws(GazetteerError) -> [String] {
    try GazetteerFile(directory: directory, name: "titles.txt").items
  }
}
