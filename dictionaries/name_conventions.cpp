#include "dictionaries/name_conventions.h"

#include <algorithm>

#include "checker/model/error.h"
#include "checker/model/unicode_text.h"
#include "checker/reading/text_file.h"
#include "dictionaries/data_lines.h"
#include "dictionaries/letter_position.h"

namespace concord {
namespace {

constexpr std::size_t kColumns = 6;

bool isLanguageOrAny(std::string_view field) {
  if (field == "*") return true;
  return field.size() >= 2 && field.size() <= 3 &&
         std::all_of(field.begin(), field.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The state of one walk over a word: every choice at every offset, keep the letter or undo a group that
// starts there.
struct Walk {
  std::string_view word;
  std::string lower;
  std::vector<const NameConventionRule*> applicable;
  std::string spelling;
  std::vector<const NameConventionRule*> used;
  std::vector<NameUndoing> found;
};

// `undone` in the case of the letters it replaces: Bachar's "ch" → "sh", Chadi's "Ch" → "Sh", "CH" → "SH".
std::string casedLike(const std::string& undone, std::string_view written) {
  if (undone.empty() || written.empty() || lowerCase(written) == written) return undone;
  if (written.size() > 1 && upperCase(written) == written) return upperCase(undone);
  return upperFirst(undone);
}

void expand(Walk& walk, std::size_t at) {
  if (walk.found.size() >= NameConventions::kMaxCandidates) return;
  if (at >= walk.lower.size()) {
    if (!walk.used.empty()) walk.found.push_back({walk.spelling, walk.used});
    return;
  }
  const std::size_t spelling_size = walk.spelling.size();
  if (walk.used.size() < NameConventions::kMaxUndone) {
    for (const NameConventionRule* r : walk.applicable) {
      const std::size_t end = at + r->written.size();
      if (walk.lower.compare(at, r->written.size(), r->written) != 0 ||
          !standsAt(walk.lower, at, end, r->where))
        continue;
      walk.spelling += casedLike(r->undone, walk.word.substr(at, r->written.size()));
      walk.used.push_back(r);
      expand(walk, end);
      walk.used.pop_back();
      walk.spelling.resize(spelling_size);
    }
  }
  std::size_t length = 0;
  codePointAt(walk.lower, at, &length);
  length = std::max<std::size_t>(length, 1);
  walk.spelling += walk.word.substr(at, length);
  expand(walk, at + length);
  walk.spelling.resize(spelling_size);
}

}  // namespace

bool NameUndoing::marksOnly() const {
  return std::all_of(rules.begin(), rules.end(), [](const NameConventionRule* r) { return r->mark_only; });
}

NameConventions NameConventions::load(const std::string& path) { return parse(readDataFile(path), path); }

NameConventions NameConventions::parse(std::string_view text, const std::string& path) {
  NameConventions table;
  forEachRecord(text, [&](std::size_t line, const std::vector<std::string_view>& fields) {
    if (fields.size() != kColumns)
      throw UserError(path, line,
                      "expected " + std::to_string(kColumns) +
                          " tab-separated columns (source, target, written, undone, where, note), found " +
                          std::to_string(fields.size()));
    NameConventionRule rule{std::string(fields[0]), std::string(fields[1]), std::string(fields[2]),
                            std::string(fields[3]), std::string(fields[4])};
    if (!isLanguageOrAny(rule.source) || !isLanguageOrAny(rule.target))
      throw UserError(path, line, "the source and target must be language codes (fr, de, es …) or *");
    if (rule.written.empty()) throw UserError(path, line, "the written letters must not be empty");
    if (lowerCase(rule.written) != rule.written || lowerCase(rule.undone) != rule.undone)
      throw UserError(path, line, "write the letters in lower case");
    if (rule.written == rule.undone) throw UserError(path, line, "the undone letters equal the written ones");
    if (!isLetterPosition(rule.where))
      throw UserError(path, line,
                      "unknown position '" + rule.where + "' (" + std::string(kLetterPositions) + ")");
    rule.mark_only = !rule.undone.empty() && foldKey(rule.written, true) == foldKey(rule.undone, true);
    table.rules_.push_back(std::move(rule));
  });
  std::stable_sort(table.rules_.begin(), table.rules_.end(),
                   [](const auto& a, const auto& b) { return a.written.size() > b.written.size(); });
  return table;
}

std::vector<NameUndoing> NameConventions::undo(std::string_view word, std::string_view source,
                                               std::string_view target) const {
  std::vector<NameUndoing> found;
  const std::string lower = lowerCase(word);
  // The rewrite copies the word's own letters around each group; that needs its case mapping to keep offsets.
  if (lower.size() != word.size() || source == target) return found;
  std::vector<const NameConventionRule*> applicable;
  for (const NameConventionRule& r : rules_) {
    const bool from = r.source == "*" || r.source == source;
    const bool to = (r.target == "*" && r.source != target) || r.target == target;
    if (from && to) applicable.push_back(&r);
  }
  if (applicable.empty()) return found;

  Walk walk{word, lower, std::move(applicable), {}, {}, {}};
  expand(walk, 0);
  std::stable_sort(walk.found.begin(), walk.found.end(), [](const NameUndoing& a, const NameUndoing& b) {
    return a.rules.size() < b.rules.size();
  });
  for (NameUndoing& u : walk.found) {
    const bool seen = std::any_of(found.begin(), found.end(),
                                  [&](const NameUndoing& f) { return f.candidate == u.candidate; });
    if (!seen && u.candidate != word) found.push_back(std::move(u));
  }
  return found;
}

}  // namespace concord
