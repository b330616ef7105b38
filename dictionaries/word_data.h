#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// Closed-class words of one language (articles, prepositions, conjunctions, determiners), from
/// dictionaries/function_words/<lang>.txt: one `word<TAB>class` per line, `#` comments. A headline or
/// paragraph that ends on one of them stops mid-sentence. Words are stored as foldKey() keys.
class FunctionWords {
 public:
  FunctionWords() = default;
  /// Parses the file's text; throws UserError "path:line: message" on a malformed line or unknown class.
  static FunctionWords parse(std::string_view text, const std::string& path);

  /// The class ("article", "preposition", "strandable-preposition", "conjunction", "determiner") of `word`
  /// (any case), or empty. A strandable preposition may end an English sentence ("things to look forward
  /// to").
  std::string_view classOf(std::string_view word) const;
  bool contains(std::string_view word) const { return !classOf(word).empty(); }
  bool empty() const { return classes_.empty(); }

 private:
  std::map<std::string, std::string, std::less<>> classes_;
};

/// Number words of one language that ICU's spell-out rules do not give, from dictionaries/numbers/<lang>.txt:
///   scale<TAB>word<TAB>power-of-ten      (bn 9, Mio. 6, млн 6: written multipliers after a figure)
///   homograph<TAB>word                   (fr neuf = "new": counts as a number only before a plural noun)
///   plural_suffix<TAB>suffix             (what marks that plural noun: fr s, x)
///   percent<TAB>words                    (pour cent, per cent, Prozent: a percent sign in words)
///   afternoon<TAB>marker                 (p.m.: the hour after it is also the 24-hour hour + 12)
///   morning<TAB>marker                   (a.m.: 12 a.m. is 0 h)
///   hour_mark<TAB>mark                   (fr h, heures: "23 h 11", "23h11", "23 heures" are times of day)
///   time_suffix<TAB>word                 (Uhr, horas, GMT, UTC: "23.11 Uhr", "2211 GMT" are times of day)
///   time_prefix<TAB>word                 (es las, it alle, de um: "a las 9.30", "alle 17.40" are times)
///   unit<TAB>symbol                      (km, GW, C: "12km", "-15C" are quantities, not identifiers like
///   MH17)
///   unit_connector<TAB>word              (de, of: "90 millions de dollars" counts dollars)
///   one_article<TAB>word                 (en a, an: "a hundred and twenty million" is 120,000,000)
///   half<TAB>words                       (and a half, y medio, с половиной: a number and a half)
///   decade_word<TAB>word                 (fr années, es años: "les années 1960" is the 60s)
///   approximation<TAB>words[<TAB>above|below]  (about, more than, environ, rund, около: the figure after
///                                        it may round the other side's; `above`: the true figure is at or
///                                        above it, as after "more than"; `below`: at or under, as after
///                                        "nearly"; none: either way)
struct NumberWordData {
  std::map<std::string, int, std::less<>> scales;  ///< foldKey(word) → power of ten
  std::set<std::string, std::less<>> homographs;   ///< foldKey(word)
  std::vector<std::string> plural_suffixes;
  std::vector<std::vector<std::string>> percent_words;  ///< each a sequence of foldKey words
  std::vector<std::string> afternoon_markers;           ///< as written ("p.m.", "pm"), matched ignoring case
  std::vector<std::string> morning_markers;             ///< as written ("a.m."), matched ignoring case
  std::vector<std::string> hour_marks;                  ///< as written ("h", "heures"), matched ignoring case
  std::vector<std::string> time_suffixes;               ///< as written ("Uhr", "GMT"), matched ignoring case
  std::vector<std::string> time_prefixes;               ///< as written ("las", "alle"), matched ignoring case
  std::set<std::string, std::less<>> units;             ///< as written ("km", "GW", "C"), matched exactly
  /// Words that carry a quantity ICU spell-out cannot parse ("both" 2, "Dutzend" 12), each a sequence of
  /// foldKey words with its value.
  std::vector<std::pair<std::vector<std::string>, double>> quantity_words;
  std::vector<std::vector<std::string>>
      range_joiners;                          ///< "to", "à", "bis", "y": between two ends of a range
  std::vector<std::string> ordinal_suffixes;  ///< after a figure ("rd", "e", ".º"), matched ignoring case
  std::vector<std::string> unit_connectors;   ///< foldKey: "de" of "90 millions de dollars"
  /// foldKey: an article that stands for "one" before a spelled multiplier ("a hundred and twenty")
  std::set<std::string, std::less<>> one_articles;
  /// Each a sequence of foldKey words before a figure that says it is approximate ("nearly", "more than",
  /// "près de", "mehr als", "около"): a translator may round the figure after it.
  std::vector<std::vector<std::string>> approximation_words;
  /// Per approximation_words entry: +1 the true figure is at or above the one printed ("more than",
  /// "plus de", "свыше"), -1 at or under it ("nearly", "presque", "почти"), 0 either way ("about").
  std::vector<int> approximation_directions;
  /// Each a sequence of foldKey words after a number that adds a half ("two and a half", "dos y medio")
  std::vector<std::vector<std::string>> half_phrases;
  /// foldKey: the word before a round year that makes it a decade ("années" of "les années 1960")
  std::set<std::string, std::less<>> decade_words;
  bool space_grouping = false;  ///< the language's norm also groups thousands with a space
  bool point_decimal = false;  ///< the language's norm also accepts a decimal point (RAE: 4.5 as well as 4,5)

  /// Throws UserError "path:line: message" on a malformed line.
  static NumberWordData parse(std::string_view text, const std::string& path);
};

}  // namespace concord
