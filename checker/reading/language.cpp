#include "checker/reading/language.h"

#include <array>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/uscript.h>

#include "checker/model/current_deadline.h"
#include "checker/model/error.h"
#include "checker/model/unicode_text.h"

namespace concord {

std::string canonicalLanguageTag(std::string_view tag, std::string_view what) {
  const std::string input(tag);
  char locale_id[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  UErrorCode status = U_ZERO_ERROR;
  std::string normalized = input;
  for (char& c : normalized) {
    if (c == '_') c = '-';
  }
  uloc_forLanguageTag(normalized.c_str(), locale_id, sizeof locale_id, &parsed, &status);
  if (U_FAILURE(status) || parsed != static_cast<int32_t>(normalized.size()) || input.empty()) {
    throw UserError(what, "'" + input + "' is not a BCP 47 language tag (try fr, en, en-GB, de, es, ru, uk)");
  }
  const icu::Locale locale(locale_id);
  const std::string language = locale.getLanguage();
  // ICU accepts any well-formed subtag; a language it has no display name for is one nobody speaks.
  icu::UnicodeString display;
  locale.getDisplayLanguage(icu::Locale::getEnglish(), display);
  if (language.empty() || toUtf8(display) == language) {
    throw UserError(what, "unknown language '" + input + "' (try fr, en, en-GB, de, es, ru, uk)");
  }
  char canonical[ULOC_FULLNAME_CAPACITY];
  status = U_ZERO_ERROR;
  uloc_toLanguageTag(locale_id, canonical, sizeof canonical, true, &status);
  checkIcu(status, "uloc_toLanguageTag");
  return canonical;
}

std::string articleExtension(std::string_view path) {
  const std::string name = std::filesystem::path(std::string(path)).filename().string();
  if (name.ends_with(".ninjs.json") && name.size() > 11) return ".ninjs.json";
  return std::filesystem::path(name).extension().string();
}

std::string articleStem(std::string_view path) {
  const std::string name = std::filesystem::path(std::string(path)).filename().string();
  return name.substr(0, name.size() - articleExtension(path).size());
}

std::optional<std::string> languageFromFileName(std::string_view path) {
  const std::string stem = articleStem(path);  // "story.fr"
  const auto dot = stem.rfind('.');
  if (dot == std::string::npos) return std::nullopt;
  const std::string tag = stem.substr(dot + 1);
  const bool shape =
      (tag.size() == 2 || tag.size() == 3 || (tag.size() == 5 && (tag[2] == '-' || tag[2] == '_'))) &&
      std::isalpha(static_cast<unsigned char>(tag[0])) && std::isalpha(static_cast<unsigned char>(tag[1]));
  if (!shape) return std::nullopt;
  try {
    return canonicalLanguageTag(tag, path);
  } catch (const UserError&) {
    return std::nullopt;  // "notes.v2.txt" has no language tag, it is not an error
  }
}

namespace {

// The most frequent function words; enough to tell these languages apart on a paragraph of news.
const std::map<std::string, std::set<std::string>>& stopWords() {
  static const std::map<std::string, std::set<std::string>> words = {
      {"en", {"the",  "of",   "and", "to", "in",  "is",   "that", "for",  "on",   "with",
              "was",  "said", "it",  "by", "as",  "from", "has",  "have", "were", "which",
              "this", "are",  "be",  "at", "who", "not",  "its",  "their"}},
      {"fr",
       {"le",  "la",  "les", "de",  "des", "du",  "et",   "un", "une",   "est", "dans", "que", "qui",  "pour",
        "sur", "par", "au",  "aux", "a",   "ont", "avec", "ce", "cette", "ses", "été",  "pas", "mais", "se"}},
      {"de", {"der", "die",   "das",  "und", "den", "dem", "ist",  "nicht", "mit",
              "von", "zu",    "sich", "auf", "für", "ein", "eine", "auch",  "wurde",
              "hat", "sagte", "im",   "des", "wie", "bei", "nach", "werden"}},
      {"es",
       {"el", "la", "los", "las", "de",  "del",  "y",   "en",   "que", "un", "una",  "por",  "con", "para",
        "se", "es", "al",  "su",  "sus", "como", "más", "pero", "fue", "ha", "dijo", "este", "esta"}},
      {"it", {"il",  "lo",   "gli", "di",  "del",  "della", "e",     "che",   "per", "con", "non",
              "una", "sono", "ha",  "nel", "alla", "dei",   "delle", "anche", "è",   "ma"}},
      {"pt", {"o",   "os",   "as",  "do",  "da", "dos", "das", "e",    "que", "em", "um",
              "uma", "para", "com", "não", "no", "na",  "por", "mais", "foi", "ao", "é"}},
      {"nl", {"de",   "het", "een",  "en",   "van", "in",  "is",  "dat", "op",   "te",
              "voor", "met", "niet", "zijn", "er",  "ook", "aan", "bij", "werd", "heeft"}},
      {"pl", {"i",   "w",     "na", "z",  "się", "nie", "do",    "że",    "to",  "jest", "o",
              "jak", "przez", "od", "po", "za",  "ale", "który", "która", "dla", "oraz"}},
  };
  return words;
}

// Which of stopWords()' languages (bit k: the k-th in the map's order) have a folded word among their own.
const std::unordered_map<std::string, std::uint32_t>& stopWordLanguages() {
  static const std::unordered_map<std::string, std::uint32_t> index = [] {
    std::unordered_map<std::string, std::uint32_t> languages_of;
    std::uint32_t bit = 1;  // 32 languages at most; there are 8
    for (const auto& [lang, words] : stopWords()) {
      for (const std::string& word : words) languages_of[word] |= bit;
      bit <<= 1;
    }
    return languages_of;
  }();
  return index;
}

// The evidence detectLanguage weighs, summed over the parts of a text it reads.
struct LanguageEvidence {
  std::size_t cyrillic = 0, latin = 0, ukrainian_only = 0, russian_only = 0;
  std::vector<std::size_t> stop_word_hits =
      std::vector<std::size_t>(stopWords().size());  // in the map's order
};

void countEvidence(std::string_view text, LanguageEvidence& evidence, DeadlinePoll& poll) {
  const auto& languages_of = stopWordLanguages();
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    const auto found = languages_of.find(foldKey(word));
    if (found != languages_of.end())
      for (std::size_t k = 0; k < evidence.stop_word_hits.size(); ++k)
        if ((found->second >> k) & 1) ++evidence.stop_word_hits[k];
    word.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    poll.tick();
    std::size_t len = 0;
    const char32_t cp = codePointAt(text, i, &len);
    if (isLetter(cp)) {
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
      if (script == USCRIPT_CYRILLIC) {
        ++evidence.cyrillic;
        if (std::u32string_view(U"іїєґІЇЄҐ").find(cp) != std::u32string_view::npos) ++evidence.ukrainian_only;
        if (std::u32string_view(U"ыэъёЫЭЪЁ").find(cp) != std::u32string_view::npos) ++evidence.russian_only;
      } else if (script == USCRIPT_LATIN) {
        ++evidence.latin;
      }
      word.append(text.substr(i, len));
    } else if (cp != U'\'' && cp != U'’') {
      flush();
    }
    i += len == 0 ? 1 : len;
  }
  flush();
}

// The parts of a long text that detection reads: kSampleWindows windows spread evenly over it, kSampleBytes
// in all, each cut at ASCII white space (never inside a character or a word). A few pages of running text
// decide the language as surely as a whole book does; reading all of a 10,000-sentence article cost more
// than aligning it. A text up to kSampleBytes is read whole.
constexpr std::size_t kSampleBytes = std::size_t{1} << 17, kSampleWindows = 16;

std::vector<std::string_view> detectionSample(std::string_view text) {
  if (text.size() <= kSampleBytes) return {text};
  const std::size_t window = kSampleBytes / kSampleWindows, stride = text.size() / kSampleWindows;
  auto isBlank = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  std::vector<std::string_view> windows;
  for (std::size_t k = 0; k < kSampleWindows; ++k) {
    std::size_t begin = k * stride, end = std::min(text.size(), begin + window);
    if (k > 0)
      while (begin < end && !isBlank(text[begin])) ++begin;
    while (end < text.size() && end > begin && !isBlank(text[end])) --end;
    if (end > begin) windows.push_back(text.substr(begin, end - begin));
  }
  return windows;
}

}  // namespace

LanguageGuess detectLanguage(std::string_view text) {
  LanguageEvidence evidence;
  DeadlinePoll poll(1 << 16);  // one per text: its windows are shorter than the stride
  for (std::string_view part : detectionSample(text)) countEvidence(part, evidence, poll);
  const auto& [cyrillic, latin, ukrainian_only, russian_only, stop_word_hits] = evidence;
  std::map<std::string, std::size_t> hits;
  std::size_t language = 0;
  for (const auto& entry : stopWords()) {
    if (stop_word_hits[language] > 0) hits[entry.first] = stop_word_hits[language];
    ++language;
  }

  if (cyrillic > latin) {
    const std::size_t total = ukrainian_only + russian_only;
    if (total == 0) return {};
    const bool ukrainian = ukrainian_only >= russian_only;
    return {std::string(ukrainian ? "uk" : "ru"),
            static_cast<double>(std::max(ukrainian_only, russian_only)) / static_cast<double>(total),
            total,
            {{"uk", ukrainian_only}, {"ru", russian_only}}};
  }
  std::size_t total = 0, best = 0;
  std::string winner;
  for (const auto& [lang, count] : hits) {
    total += count;
    if (count > best) {
      best = count;
      winner = lang;
    }
  }
  if (total == 0) return {};
  return {winner, static_cast<double>(best) / static_cast<double>(total), best, hits};
}

std::string languageName(std::string_view tag) {
  icu::UnicodeString name;
  icu::Locale(std::string(tag).c_str()).getDisplayName(icu::Locale::getEnglish(), name);
  return toUtf8(name);
}

}  // namespace concord
