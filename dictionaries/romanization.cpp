#include "dictionaries/romanization.h"

#include <algorithm>
#include <mutex>
#include <set>
#include <sstream>

#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>

#include "checker/model/error.h"
#include "checker/model/unicode_text.h"
#include "checker/reading/text_file.h"
#include "dictionaries/data_lines.h"
#include "dictionaries/letter_position.h"
#include "dictionaries/name_key.h"

namespace concord {
namespace {

icu::UnicodeString u16(std::string_view text) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

// Calls `row(columns, line number)` for each data line of a tab-separated table, which must have exactly
// `columns` fields.
template <typename RowFn>
void forEachRow(const std::string& path, std::size_t columns, RowFn row) {
  for (const DataLine& line : readDataLines(path)) {
    const std::vector<std::string> cols = splitFields(line.text);
    if (cols.size() != columns)
      throw UserError(path, line.number,
                      "expected " + std::to_string(columns) + " tab-separated columns, found " +
                          std::to_string(cols.size()));
    row(cols, line.number);
  }
}

// Gives `lower` the case shape of `model`: all capitals, or a capital first letter per word.
std::string applyCase(const std::string& lower, std::string_view model) {
  const icu::UnicodeString m = u16(model);
  bool any_lower = false;
  for (int32_t i = 0; i < m.length(); ++i) any_lower = any_lower || u_islower(m.charAt(i));
  if (!any_lower && m.length() > 1) return upperCase(lower);
  icu::UnicodeString out = u16(lower);
  bool word_start = true;
  for (int32_t i = 0; i < out.length(); ++i) {
    const UChar c = out.charAt(i);
    if (word_start && u_isalpha(c)) out.setCharAt(i, static_cast<UChar>(u_toupper(c)));
    word_start = c == ' ' || c == '-';
  }
  // Keep lower-case words of the model lower case ("chicken kiev" stays as written).
  if (!model.empty() && u_islower(m.char32At(0)))
    out.setCharAt(0, static_cast<UChar>(u_tolower(out.charAt(0))));
  return toUtf8(out);
}

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() > suffix.size() + 1 && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

struct Romanization::Transforms {
  std::mutex mutex;  // ICU transliterators are not thread-safe while transliterating
  std::unique_ptr<icu::Transliterator> ukrainian;
  std::unique_ptr<icu::Transliterator> russian;
  std::unique_ptr<icu::Transliterator> belarusian;
};

Romanization::Romanization() : transforms_(std::make_unique<Transforms>()) {}
Romanization::~Romanization() = default;

std::unique_ptr<Romanization> Romanization::load(const std::string& dir) {
  std::unique_ptr<Romanization> r(new Romanization());
  {
    const std::string path = dir + "/uk-kmu2010.rules";
    UParseError parse_error{};
    UErrorCode status = U_ZERO_ERROR;
    r->transforms_->ukrainian.reset(icu::Transliterator::createFromRules(
        "uk-Latn-KMU2010", u16(readDataFile(path)), UTRANS_FORWARD, parse_error, status));
    if (U_FAILURE(status)) {
      throw UserError(path, "ICU rule error " + std::string(u_errorName(status)) + " at rule line " +
                                std::to_string(parse_error.line) + ", offset " +
                                std::to_string(parse_error.offset));
    }
    // ICU writes the soft and hard signs as ʹ ʺ and splits digraphs with ·; English press drops them.
    status = U_ZERO_ERROR;
    r->transforms_->russian.reset(icu::Transliterator::createInstance(
        "Russian-Latin/BGN; [\\u02B9\\u02BA\\u00B7\\u2019] Remove", UTRANS_FORWARD, status));
    checkIcu(status, "Russian-Latin/BGN transliterator");
    status = U_ZERO_ERROR;
    r->transforms_->belarusian.reset(icu::Transliterator::createInstance(
        "Belarusian-Latin/BGN; [\\u02B9\\u02BA\\u00B7\\u2019] Remove", UTRANS_FORWARD, status));
    checkIcu(status, "Belarusian-Latin/BGN transliterator");
  }
  {
    const std::string path = dir + "/conventions.tsv";
    forEachRow(path, 5, [&](const std::vector<std::string>& c, std::size_t line) {
      if (c[0].empty() || c[1].empty())
        throw UserError(path, line, "the convention and foreign columns must not be empty");
      if (!isLetterPosition(c[3]))
        throw UserError(path, line,
                        "unknown position '" + c[3] + "' (" + std::string(kLetterPositions) + ")");
      if (lowerCase(c[1]) != c[1]) throw UserError(path, line, "write the foreign letters in lower case");
      r->patterns_.push_back({c[0], c[1], c[2], c[3]});
      if (std::find(r->convention_order_.begin(), r->convention_order_.end(), c[0]) ==
          r->convention_order_.end())
        r->convention_order_.push_back(c[0]);
    });
    std::stable_sort(r->patterns_.begin(), r->patterns_.end(),
                     [](const auto& a, const auto& b) { return a.foreign.size() > b.foreign.size(); });
  }
  {
    const std::string path = dir + "/slavic_markers.tsv";
    forEachRow(path, 3, [&](const std::vector<std::string>& c, std::size_t line) {
      if (c[1].empty() || asciiLowerLetters(c[1]) != c[1])
        throw UserError(path, line, "the pattern must be lower-case ASCII letters");
      if (c[0] == "suffix")
        r->suffixes_.push_back(c[1]);
      else if (c[0] == "prefix")
        r->prefixes_.push_back(c[1]);
      else if (c[0] == "cluster")
        r->clusters_.push_back(c[1]);
      else
        throw UserError(path, line, "unknown kind '" + c[0] + "' (suffix, prefix, cluster)");
    });
  }
  {
    const std::string path = dir + "/uk_ru_given_names.tsv";
    forEachRow(path, 4, [&](const std::vector<std::string>& c, std::size_t line) {
      if (c[0].empty() || c[1].empty())
        throw UserError(path, line, "the ukrainian and russian columns must not be empty");
      GivenNamePair pair{lowerCase(c[0]), c[1], {}};
      if (!c[2].empty()) pair.russian_english = splitFields(c[2], ',');
      r->given_names_.push_back(std::move(pair));
    });
  }
  {
    const std::string path = dir + "/case_endings.tsv";
    forEachRow(path, 4, [&](const std::vector<std::string>& c, std::size_t line) {
      if (c[0] != "ru" && c[0] != "uk") throw UserError(path, line, "the language must be ru or uk");
      if (c[1].empty()) throw UserError(path, line, "the ending must not be empty");
      if (lowerCase(c[1]) != c[1] || lowerCase(c[2]) != c[2])
        throw UserError(path, line, "write the endings in lower case");
      r->case_endings_.push_back({c[0], c[1], c[2]});
    });
    std::stable_sort(r->case_endings_.begin(), r->case_endings_.end(),
                     [](const auto& a, const auto& b) { return a.ending.size() > b.ending.size(); });
  }
  return r;
}

std::vector<std::string> Romanization::nominatives(std::string_view word, std::string_view lang) const {
  std::vector<std::string> forms{std::string(word)};
  const std::string_view primary = lang.substr(0, lang.find('-'));
  for (const CaseEnding& e : case_endings_) {
    // A byte suffix of valid UTF-8 that equals a whole UTF-8 ending starts on a character boundary. The
    // stem must keep at least two characters' worth of bytes (Cyrillic letters are two bytes each).
    if (e.language != primary || word.size() < e.ending.size() + 4 || !word.ends_with(e.ending)) continue;
    std::string form(word.substr(0, word.size() - e.ending.size()));
    form += e.nominative;
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(std::move(form));
  }
  return forms;
}

const Romanization::GivenNamePair* Romanization::ukrainianGivenName(std::string_view word) const {
  const std::string lower = lowerCase(word);
  const icu::UnicodeString written = u16(lower);
  const GivenNamePair* best = nullptr;
  int32_t best_shared = 0;
  for (const GivenNamePair& pair : given_names_) {
    const icu::UnicodeString name = u16(pair.ukrainian);
    int32_t shared = 0;
    while (shared < name.length() && shared < written.length() && name[shared] == written[shared]) ++shared;
    // The whole name, or all of it but a final vowel or й (Ганн|а → Ганн|у, Сергі|й → Сергі|я), then a case
    // ending of at most 3 letters.
    const bool stem = shared == name.length() || (shared == name.length() - 1 && shared >= 3);
    if (stem && written.length() - shared <= 3 && shared > best_shared) {
      best = &pair;
      best_shared = shared;
    }
  }
  return best;
}

std::string Romanization::romanize(std::string_view cyrillic, std::string_view lang) const {
  icu::UnicodeString text = u16(cyrillic);
  bool cyrillic_letters = false, ukrainian_letters = false, russian_letters = false;
  for (int32_t i = 0; i < text.length(); ++i) {
    const UChar c = text.charAt(i);
    if (c >= 0x0400 && c <= 0x04FF) cyrillic_letters = true;
    if (icu::UnicodeString(u"єЄіІїЇґҐ").indexOf(c) >= 0) ukrainian_letters = true;
    if (icu::UnicodeString(u"ыЫэЭъЪёЁ").indexOf(c) >= 0) russian_letters = true;
  }
  if (!cyrillic_letters) return std::string(cyrillic);
  // ICU's BGN rules write a capital's digraph in capitals before э (Шэн → "SHen", Жээнбеков → "ZHeenbekov"):
  // a word written in title case keeps it. Words are what spaces separate, on both sides of the rules.
  const std::vector<std::string> source_words = splitFields(std::string(cyrillic), ' ');
  std::vector<bool> title_case;
  for (const std::string& word : source_words) {
    icu::UnicodeString titled = u16(word);
    titled.toTitle(nullptr);
    title_case.push_back(titled == u16(word));
  }
  std::lock_guard lock(transforms_->mutex);
  if (ukrainian_letters || (lang == "uk" && !russian_letters))
    transforms_->ukrainian->transliterate(text);
  else if (lang == "be")
    transforms_->belarusian->transliterate(text);
  else
    transforms_->russian->transliterate(text);
  std::vector<std::string> words = splitFields(toUtf8(text), ' ');
  if (words.size() != source_words.size()) return toUtf8(text);
  std::string out;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (title_case[k]) words[k] = toUtf8(u16(words[k]).toTitle(nullptr));
    out += (k == 0 ? "" : " ") + words[k];
  }
  return out;
}

ConventionReversal Romanization::reverse(std::string_view word, const std::string& convention) const {
  ConventionReversal result{convention, {}, {}};
  const std::string lower = lowerCase(word);
  std::string out;
  for (std::size_t i = 0; i < lower.size();) {
    const ConventionPattern* hit = nullptr;
    for (const ConventionPattern& p : patterns_) {
      if (p.convention != convention || lower.compare(i, p.foreign.size(), p.foreign) != 0) continue;
      const bool ok = standsAt(lower, i, i + p.foreign.size(), p.where);
      if (ok) {
        hit = &p;
        break;
      }
    }
    if (hit != nullptr) {
      out += hit->english;
      result.signals.push_back(hit->foreign);
      i += hit->foreign.size();
    } else {
      std::size_t len = 0;
      codePointAt(lower, i, &len);
      out += lower.substr(i, std::max<std::size_t>(len, 1));
      i += std::max<std::size_t>(len, 1);
    }
  }
  result.candidate = applyCase(out, word);
  return result;
}

std::vector<ConventionReversal> Romanization::reversals(std::string_view word) const {
  std::vector<ConventionReversal> found;
  for (const std::string& convention : convention_order_) {
    ConventionReversal r = reverse(word, convention);
    if (!r.signals.empty()) found.push_back(std::move(r));
  }
  return found;
}

std::string Romanization::forward(std::string_view english, const std::string& convention) const {
  std::string out(english);
  for (const ConventionPattern& p : patterns_) {
    if (p.convention != convention || p.where != "any" || p.english.empty() ||
        asciiLowerLetters(p.foreign) != p.foreign)
      continue;
    std::string result;
    const std::string lower = lowerCase(out);
    for (std::size_t i = 0; i < out.size();) {
      if (lower.compare(i, p.english.size(), p.english) == 0) {
        const bool capital = out[i] != lower[i];
        std::string replacement = p.foreign;
        if (capital) replacement[0] = static_cast<char>(replacement[0] - 'a' + 'A');
        result += replacement;
        i += p.english.size();
      } else {
        result.push_back(out[i++]);
      }
    }
    out = result;
  }
  return out;
}

bool Romanization::looksSlavic(std::string_view written, std::string_view candidate) const {
  const std::string w = asciiLowerLetters(written);
  std::stringstream words(asciiLowerLetters(candidate));
  std::string c;
  // One cluster alone is no sign: ya, kh, ye are as common in Arabic and West African names written the
  // French way (Doumbouya, Yahya, Khaled). Two different ones, or a Slavic ending or start, are.
  std::set<std::string_view> clusters;
  while (words >> c) {
    for (const std::string& s : suffixes_)
      if (endsWith(c, s)) return true;
    for (const std::string& p : prefixes_)
      if (c.size() > p.size() && c.compare(0, p.size(), p) == 0) return true;
    for (const std::string& k : clusters_)
      if (c.find(k) != std::string::npos && w.find(k) != std::string::npos) clusters.insert(k);
  }
  return clusters.size() >= 2;
}

}  // namespace concord
