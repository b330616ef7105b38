#include "dictionaries/negation_words.h"

#include <algorithm>
#include <map>

#include "checker/model/error.h"
#include "checker/model/unicode_text.h"
#include "dictionaries/data_lines.h"

namespace concord {

std::string negationKey(std::string_view word) {
  return straightApostrophes(foldKey(word, /*strip_accents=*/true));
}

NegationWords NegationWords::parse(std::string_view text, const std::string& path) {
  NegationWords words;
  forEachRecord(text, [&](std::size_t line_number, const std::vector<std::string_view>& fields) {
    if (fields.size() != 2 || fields[1].empty())
      throw UserError(path, line_number, "expected `kind<TAB>word`");
    const std::string_view kind = fields[0];
    const std::string key = negationKey(fields[1]);
    // Kinds of a single word; the others are lists of their own.
    static const std::map<std::string_view, Kind> kWordKinds{
        {"negator", Kind::negator},         {"privative", Kind::privative},
        {"particle", Kind::particle},       {"with-particle", Kind::with_particle},
        {"restrictive", Kind::restrictive}, {"lexical", Kind::lexical}};
    if (const auto word_kind = kWordKinds.find(kind); word_kind != kWordKinds.end()) {
      words.kinds_[key] = word_kind->second;
    } else if (kind == "suffix") {
      words.suffixes_.push_back(key);
    } else if (kind == "elision") {
      words.elisions_.push_back(key);
    } else if (kind == "lexical-prefix") {
      words.lexical_prefixes_.push_back(key);
    } else if (kind == "not-negation" || kind == "bound") {
      std::vector<std::string> phrase;
      for (const std::string& word : splitFields(key, ' '))
        if (!word.empty()) phrase.push_back(word);
      if (kind == "bound") words.bounds_.push_back(phrase);
      words.not_negation_.push_back(std::move(phrase));
    } else {
      throw UserError(
          path, line_number,
          "unknown kind '" + std::string(kind) +
              "' (negator, privative, particle, with-particle, restrictive, suffix, elision, lexical, "
              "lexical-prefix, not-negation or bound)");
    }
  });
  return words;
}

NegationWords::Kind NegationWords::kindOf(std::string_view key) const {
  const auto it = kinds_.find(key);
  return it == kinds_.end() ? Kind::none : it->second;
}

bool NegationWords::hasNegatingSuffix(std::string_view key) const {
  return std::any_of(suffixes_.begin(), suffixes_.end(), [&](const std::string& suffix) {
    return key.size() > suffix.size() && key.ends_with(suffix);
  });
}

bool NegationWords::isElision(std::string_view key) const {
  return std::find(elisions_.begin(), elisions_.end(), key) != elisions_.end();
}

}  // namespace concord
