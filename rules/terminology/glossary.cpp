#include "rules/terminology/glossary.h"

#include <algorithm>
#include <set>

#include "checker/model/unicode_text.h"
#include "dictionaries/dictionary_set.h"
#include "rules/evidence/term_match.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "terminology/glossary", "A glossary term of the source not rendered the way the desk requires",
    "Groups, institutions and titles have established names in each language (« Légion Liberté pour la "
    "Russie » is the Freedom of Russia Legion). Machine translation renders them word by word, differently "
    "in "
    "each story; the glossary holds the desk's decision.",
    Severity::warning};

// Words of up to this many code points are function words for the reordering search (of, la, de, für).
constexpr std::size_t kFunctionWordLength = 3;

struct Match {
  std::size_t begin = 0, end = 0;  // word indices, [begin, end)
};

// The shortest window of `words` holding, in any order, every content word of `required` — the required
// term's words reordered or joined by other function words ("Legion Freedom for Russia"). Needs at least two
// content words and no more than twice the term's length.
std::optional<Match> findReordered(const std::vector<Word>& words, const std::vector<Word>& required) {
  std::vector<const Word*> content;
  for (const Word& w : required) {
    if (w.length > kFunctionWordLength) content.push_back(&w);
  }
  if (content.size() < 2) return std::nullopt;
  const std::size_t max_window = 2 * required.size();
  std::optional<Match> best;
  for (std::size_t begin = 0; begin < words.size(); ++begin) {
    if (!std::any_of(content.begin(), content.end(),
                     [&](const Word* c) { return inflectionMatch(words[begin], *c); }))
      continue;
    for (std::size_t end = begin + 1; end <= words.size() && end - begin <= max_window; ++end) {
      const bool covers = std::all_of(content.begin(), content.end(), [&](const Word* c) {
        return std::any_of(words.begin() + static_cast<std::ptrdiff_t>(begin),
                           words.begin() + static_cast<std::ptrdiff_t>(end),
                           [&](const Word& w) { return inflectionMatch(w, *c); });
      });
      if (covers) {
        if (!best || end - begin < best->end - best->begin) best = Match{begin, end};
        break;
      }
    }
  }
  return best;
}

// The initials of a multi-word required name, as the target may abbreviate it: European Union → EU.
std::optional<Word> initialsOf(const std::vector<Word>& required) {
  std::string initials;
  for (const Word& w : required) {
    const char32_t first = codePointAt(w.surface, 0);
    if (isUpper(first)) initials += encodeUtf8(first);
  }
  if (codePointCount(initials) < 2) return std::nullopt;
  Word word;
  word.surface = initials;
  word.acronym = true;
  return word;
}

// The required term, or its initials, among `words`.
bool containsRequired(const std::vector<Word>& words, const std::vector<Word>& required) {
  if (findTerm(words, required)) return true;
  const auto initials = initialsOf(required);
  return initials && std::any_of(words.begin(), words.end(),
                                 [&](const Word& w) { return inflectionMatch(w, *initials); });
}

// The words of `span` are the required term's words as written (case and accents aside), not inflected.
bool writtenExactly(const std::vector<Word>& words, std::pair<std::size_t, std::size_t> span,
                    const std::vector<Word>& required) {
  for (std::size_t k = 0; k < required.size(); ++k)
    if (words[span.first + k].key != required[k].key) return false;
  return true;
}

// The built-in glossary of the pair, then the newsroom's glossaries for the pair (concord.toml
// [dictionaries] glossaries, pair from the file name); a newsroom line for a source term the built-in file
// also has replaces it.
std::vector<const GlossaryEntry*> entriesFor(const RuleContext& context, const std::string& source_language,
                                             const std::string& target_language) {
  std::vector<const GlossaryEntry*> newsroom;
  std::set<std::string> newsroom_terms;
  for (const std::string& path : context.settings().glossaries) {
    const auto languages = Glossary::languagesOfPath(path);
    if (!languages || languages->first != source_language || languages->second != target_language) continue;
    for (const GlossaryEntry& entry : context.dictionaries().userGlossary(path).entries()) {
      newsroom.push_back(&entry);
      newsroom_terms.insert(foldKey(entry.source));
    }
  }
  std::vector<const GlossaryEntry*> entries;
  if (const Glossary* built_in = context.dictionaries().glossary(source_language, target_language)) {
    for (const GlossaryEntry& entry : built_in->entries()) {
      if (newsroom_terms.empty() || !newsroom_terms.count(foldKey(entry.source))) entries.push_back(&entry);
    }
  }
  entries.insert(entries.end(), newsroom.begin(), newsroom.end());
  return entries;
}

}  // namespace

const RuleInfo& TerminologyGlossaryRule::info() const { return kInfo; }

void TerminologyGlossaryRule::check(const AlignedPair& pair, RuleContext& context) const {
  const std::string source_language = pair.source.language();
  const std::string target_language = pair.target.language();
  const auto& links = pair.alignment.links();
  // The words of each link, once: every glossary entry looks at every link.
  std::vector<std::vector<Word>> source_words_of(links.size()), target_words_of(links.size());
  for (std::size_t l = 0; l < links.size(); ++l) {
    source_words_of[l] = wordsOf(pair.source, links[l].source_begin, links[l].source_count);
    target_words_of[l] = wordsOf(pair.target, links[l].target_begin, links[l].target_count);
  }

  for (const GlossaryEntry* entry_pointer : entriesFor(context, source_language, target_language)) {
    const GlossaryEntry& entry = *entry_pointer;
    const std::vector<Word> source_term = wordsOfText(entry.source, source_language);
    const std::vector<Word> required = wordsOfText(entry.target, target_language);
    for (std::size_t l = 0; l < links.size(); ++l) {
      const Link& link = links[l];
      if (link.source_count == 0 || link.target_count == 0) continue;
      const std::vector<Word>& source_words = source_words_of[l];
      const auto source_match = findTerm(source_words, source_term);
      if (!source_match) continue;
      const std::vector<Word>& aligned = target_words_of[l];
      const auto found = findTerm(aligned, required);
      if (found && writtenExactly(aligned, *found, required)) continue;
      // The required term up to inflection (Investigation Committee for Investigative Committee) or its
      // initials alone (IAEA) satisfy the glossary, unless a listed wrong rendering stands there: "the
      // International Atomic Energy Authority (IAEA)".
      const bool loosely_present = found || containsRequired(aligned, required);
      // A listed wrong rendering: in the aligned target, else one link off (a length aligner is often shifted
      // by a sentence) unless that link's own source has the term (it is then reported from there).
      std::vector<std::size_t> places = {l};
      if (l > 0 && !loosely_present) places.push_back(l - 1);
      if (l + 1 < links.size() && !loosely_present) places.push_back(l + 1);
      std::optional<Match> wrong;
      std::vector<Word> target_words = aligned;
      for (std::size_t place : places) {
        if (place != l && findTerm(source_words_of[place], source_term)) continue;
        const std::vector<Word>& words = target_words_of[place];
        for (const std::string& rendering : entry.wrong) {
          if (const auto found = findTerm(words, wordsOfText(rendering, target_language))) {
            wrong = Match{found->first, found->second};
            target_words = words;
            break;
          }
        }
        if (wrong) break;
      }
      if (!wrong && loosely_present) continue;
      if (!wrong) {
        // The required term one link off means the aligner is shifted, not the translation wrong.
        const std::size_t from = l > 0 ? links[l - 1].target_begin : link.target_begin;
        const std::size_t to = l + 1 < links.size() ? links[l + 1].target_end() : link.target_end();
        if (containsRequired(wordsOf(pair.target, from, to - from), required)) continue;
        wrong = findReordered(target_words, required);
      }

      Finding finding;
      finding.primary = Side::target;
      finding.source = TextRange{source_words[source_match->first].range.begin,
                                 source_words[source_match->second - 1].range.end};
      finding.confidence = link.confidence;
      const std::string note = entry.note.empty() ? "" : " (" + entry.note + ")";
      if (wrong) {
        finding.target =
            TextRange{target_words[wrong->begin].range.begin, target_words[wrong->end - 1].range.end};
        finding.message = "“" + entry.source + "” is rendered “" +
                          std::string(finding.target->in(pair.target.text())) + "”; the glossary requires “" +
                          entry.target + "”" + note;
        finding.suggestion = entry.target;
        // Finding the wrong rendering in the aligned sentence confirms the alignment.
        finding.confidence = std::max(link.confidence, 0.9);
      } else {
        const auto& sentences = pair.target.sentences();
        finding.target =
            TextRange{sentences[link.target_begin].range.begin, sentences[link.target_end() - 1].range.end};
        finding.message = "the source has “" + entry.source + "” but the translation lacks the glossary's “" +
                          entry.target + "”" + note;
        // The target may paraphrase (“the group”, “the alliance”): without a wrong rendering to point at,
        // this is a hint for the editor.
        finding.severity = Severity::info;
      }
      context.report(std::move(finding));
    }
  }
}

}  // namespace concord::rules
