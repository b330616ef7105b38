#include "dictionaries/word_data.h"

#include <charconv>

#include "checker/model/error.h"
#include "checker/model/unicode_text.h"
#include "dictionaries/data_lines.h"

namespace concord {

FunctionWords FunctionWords::parse(std::string_view text, const std::string& path) {
  static const std::set<std::string_view> kClasses{"article", "preposition", "strandable-preposition",
                                                   "conjunction", "determiner"};
  FunctionWords words;
  forEachRecord(text, [&](std::size_t line, const std::vector<std::string_view>& fields) {
    if (fields.size() != 2 || fields[0].empty()) throw UserError(path, line, "expected `word<TAB>class`");
    if (!kClasses.count(fields[1]))
      throw UserError(path, line,
                      "unknown class '" + std::string(fields[1]) +
                          "' (article, preposition, strandable-preposition, conjunction or determiner)");
    words.classes_[foldKey(fields[0])] = std::string(fields[1]);
  });
  return words;
}

std::string_view FunctionWords::classOf(std::string_view word) const {
  const auto it = classes_.find(foldKey(word));
  return it == classes_.end() ? std::string_view{} : std::string_view(it->second);
}

namespace {

// A phrase of the data ("pour cent", "a dozen") as the foldKey of each of its words.
std::vector<std::string> foldedWords(std::string_view phrase) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= phrase.size()) {
    const std::size_t space = phrase.find(' ', start);
    const std::string_view word =
        phrase.substr(start, space == std::string_view::npos ? space : space - start);
    if (!word.empty()) words.push_back(foldKey(word));
    if (space == std::string_view::npos) break;
    start = space + 1;
  }
  return words;
}

}  // namespace

NumberWordData NumberWordData::parse(std::string_view text, const std::string& path) {
  NumberWordData data;
  forEachRecord(text, [&](std::size_t line, const std::vector<std::string_view>& fields) {
    const std::string_view kind = fields[0];
    if (kind == "scale" && fields.size() == 3 && !fields[1].empty()) {
      int power = 0;
      const auto [ptr, ec] = std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), power);
      if (ec != std::errc() || ptr != fields[2].data() + fields[2].size() || power < 1 || power > 15)
        throw UserError(path, line, "scale power must be a whole number from 1 to 15");
      data.scales[foldKey(fields[1])] = power;
    } else if (kind == "homograph" && fields.size() == 2 && !fields[1].empty()) {
      data.homographs.insert(foldKey(fields[1]));
    } else if (kind == "plural_suffix" && fields.size() == 2 && !fields[1].empty()) {
      data.plural_suffixes.emplace_back(fields[1]);
    } else if (kind == "afternoon" && fields.size() == 2 && !fields[1].empty()) {
      data.afternoon_markers.emplace_back(fields[1]);
    } else if (kind == "morning" && fields.size() == 2 && !fields[1].empty()) {
      data.morning_markers.emplace_back(fields[1]);
    } else if (kind == "hour_mark" && fields.size() == 2 && !fields[1].empty()) {
      data.hour_marks.emplace_back(fields[1]);
    } else if (kind == "time_suffix" && fields.size() == 2 && !fields[1].empty()) {
      data.time_suffixes.emplace_back(fields[1]);
    } else if (kind == "time_prefix" && fields.size() == 2 && !fields[1].empty()) {
      data.time_prefixes.emplace_back(fields[1]);
    } else if (kind == "unit" && fields.size() == 2 && !fields[1].empty()) {
      data.units.emplace(fields[1]);
    } else if (kind == "percent" && fields.size() == 2 && !fields[1].empty()) {
      data.percent_words.push_back(foldedWords(fields[1]));
    } else if (kind == "quantity" && fields.size() == 3 && !fields[1].empty()) {
      double value = 0;
      const auto [ptr, ec] = std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(), value);
      if (ec != std::errc() || ptr != fields[2].data() + fields[2].size() || value <= 0)
        throw UserError(path, line, "quantity value must be a positive number");
      data.quantity_words.emplace_back(foldedWords(fields[1]), value);
    } else if (kind == "range_joiner" && fields.size() == 2 && !fields[1].empty()) {
      data.range_joiners.push_back(foldedWords(fields[1]));
    } else if (kind == "ordinal_suffix" && fields.size() == 2 && !fields[1].empty()) {
      data.ordinal_suffixes.emplace_back(fields[1]);
    } else if (kind == "unit_connector" && fields.size() == 2 && !fields[1].empty()) {
      data.unit_connectors.push_back(foldKey(fields[1]));
    } else if (kind == "one_article" && fields.size() == 2 && !fields[1].empty()) {
      data.one_articles.insert(foldKey(fields[1]));
    } else if (kind == "approximation" && (fields.size() == 2 || fields.size() == 3) && !fields[1].empty() &&
               (fields.size() == 2 || fields[2] == "above" || fields[2] == "below")) {
      data.approximation_words.push_back(foldedWords(fields[1]));
      data.approximation_directions.push_back(fields.size() == 2 ? 0 : fields[2] == "above" ? 1 : -1);
    } else if (kind == "half" && fields.size() == 2 && !fields[1].empty()) {
      data.half_phrases.push_back(foldedWords(fields[1]));
    } else if (kind == "decade_word" && fields.size() == 2 && !fields[1].empty()) {
      data.decade_words.insert(foldKey(fields[1]));
    } else if (kind == "grouping" && fields.size() == 2 && fields[1] == "space") {
      data.space_grouping = true;
    } else if (kind == "decimal" && fields.size() == 2 && fields[1] == "point") {
      data.point_decimal = true;
    } else {
      throw UserError(
          path, line,
          "expected `scale<TAB>word<TAB>power`, `homograph<TAB>word`, `plural_suffix<TAB>suffix` "
          "`percent<TAB>words`, `afternoon<TAB>marker`, `morning<TAB>marker`, `hour_mark<TAB>mark` "
          "`time_suffix<TAB>word`, `time_prefix<TAB>word`, `unit<TAB>symbol`, "
          "`quantity<TAB>words<TAB>value`, "
          "`range_joiner<TAB>words`, `ordinal_suffix<TAB>suffix`, `unit_connector<TAB>word`, "
          "`one_article<TAB>word`, `approximation<TAB>words[<TAB>above|below]`, `decade_word<TAB>word`, "
          "`half<TAB>words`, "
          "`grouping<TAB>space` or "
          "`decimal<TAB>point`");
    }
  });
  return data;
}

}  // namespace concord
