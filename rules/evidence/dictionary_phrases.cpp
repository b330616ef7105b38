#include "rules/evidence/dictionary_phrases.h"

#include <exception>
#include <filesystem>
#include <set>

#include <unicode/locid.h>

#include "aligners/lexicon.h"
#include "checker/model/load_once.h"
#include "checker/model/unicode_text.h"
#include "checker/reading/text_file.h"

namespace concord::rules {
namespace {

using PhraseSet = std::set<std::string, std::less<>>;

std::string iso3(const std::string& lang) {
  const icu::Locale locale(lang.c_str());
  const char* code = locale.getISO3Language();
  return code == nullptr ? std::string() : std::string(code);
}

// The multi-word headwords of every freedict-<code>-*.index, folded as phraseKey folds.
PhraseSet readPhrases(const std::string& code) {
  PhraseSet phrases;
  std::error_code error;
  const std::string prefix = "freedict-" + code + "-";
  for (const auto& entry : std::filesystem::directory_iterator(aligners::dictdDirectory(), error)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix) || !name.ends_with(".index")) continue;
    std::string text;
    try {
      text = readDataFile(entry.path().string());
    } catch (const std::exception&) {
      continue;  // an unreadable dictionary gives no evidence; the lexicon reports it
    }
    for (std::size_t at = 0; at < text.size();) {
      const std::size_t end = std::min(text.find('\n', at), text.size());
      const std::string_view line = std::string_view(text).substr(at, end - at);
      at = end + 1;
      const std::string_view headword = line.substr(0, line.find('\t'));
      if (headword.find(' ') == std::string_view::npos || headword.starts_with("00database")) continue;
      phrases.insert(foldKey(headword, true));
    }
  }
  return phrases;
}

}  // namespace

bool lexicalisedPhrase(const std::string& lang, std::string_view phrase) {
  // Read once per language, each under its own lock (a batch's other threads go on with other languages);
  // the lookups share the finished set.
  static const auto& by_code = *new LoadOnce<std::string, PhraseSet>();
  const std::string code = iso3(lang.substr(0, lang.find_first_of("-_")));
  if (code.empty()) return false;
  const PhraseSet& phrases = by_code.get(code, [&] { return readPhrases(code); });
  return phrases.count(foldKey(phrase, true)) > 0;
}

}  // namespace concord::rules
