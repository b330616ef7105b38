#include "checker/pipeline/pipeline.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "aligners/default_aligner.h"
#include "aligners/presegmented.h"
#include "checker/model/current_deadline.h"
#include "checker/model/data_dir.h"
#include "checker/model/error.h"
#include "checker/pipeline/bilingual_pair.h"
#include "checker/pipeline/inline_suppressions.h"
#include "checker/pipeline/one_problem.h"
#include "checker/reading/language.h"
#include "checker/reading/news_article.h"
#include "checker/reading/text_file.h"
#include "checker/segmentation/paragraphs.h"
#include "checker/segmentation/segmenter.h"
#include "dictionaries/dictionary_set.h"
#include "dictionaries/style_profile.h"
#include "rules/consistency/unused_suppression.h"
#include "rules/registry.h"

namespace concord {
namespace {

// Languages with real evidence in detectLanguage and a sentence segmenter worth trusting.
// The flag wins over what the file says (`declared`: its name's tag, or a bilingual file's own language
// attributes); the text decides when neither says anything.
std::string resolveLanguage(const ArticleInput& input, std::string_view bytes, const std::string& flag_name,
                            const std::optional<DeclaredLanguage>& declared, bool language_check,
                            std::vector<std::string>& notes) {
  std::string lang;
  std::string origin;
  if (!input.lang.empty()) {
    lang = canonicalLanguageTag(input.lang, flag_name);
    origin = flag_name;
  } else if (declared) {
    lang = canonicalLanguageTag(declared->lang, input.path);
    origin = declared->origin;
  }
  const LanguageGuess guess = detectLanguage(bytes);
  if (lang.empty()) {
    if (guess.lang.empty() || guess.evidence < 3 || guess.confidence < 0.5) {
      throw UserError(input.path, "cannot tell the language of this file; name it like story." +
                                      std::string(flag_name == "--source-lang" ? "fr" : "en") +
                                      ".txt or pass " + flag_name);
    }
    notes.push_back(input.path + ": language detected as " + guess.lang + " (" + languageName(guess.lang) +
                    ")");
    return guess.lang;
  }
  if (language_check && !guess.lang.empty()) {
    const std::string declared = lang.substr(0, lang.find('-'));
    const auto declared_score = guess.scores.count(declared) ? guess.scores.at(declared) : 0;
    // Only a clear case: plenty of evidence, and the declared language has almost none of it.
    if (guess.lang != declared && guess.evidence >= 20 && declared_score * 5 < guess.evidence) {
      throw UserError(input.path, "text looks " + languageName(guess.lang) + " (" + guess.lang +
                                      "), but the " + origin + " says " + lang + "; fix " + flag_name +
                                      " or pass --no-language-check");
    }
  }
  return lang;
}

std::unique_ptr<Document> loadDocument(const ArticleInput& input, const std::string& flag_name,
                                       const CheckOptions& options, std::vector<std::string>& notes) {
  const bool language_check = options.language_check;
  std::string bytes;
  if (input.bytes) {
    validateArticleText(*input.bytes, input.path);
    bytes = *input.bytes;
  } else {
    bytes = readArticleFile(input.path);
  }
  checkCurrentDeadline();
  // An HTML page, ninjs or NewsML-G2 item is read for its article text; the language it declares (<html
  // lang>, ninjs language, xml:lang) says more than a file name's tag.
  const FileFormat format = formatOfPath(input.path, options.reading.formats);
  std::optional<NewsArticle> page = readNewsArticle(input.path, bytes, format);
  std::optional<DeclaredLanguage> declared;
  if (auto from_name = languageFromFileName(input.path)) declared = DeclaredLanguage{*from_name, "file name"};
  if (page && !page->lang.empty()) declared = DeclaredLanguage{page->lang, page->lang_origin};
  checkCurrentDeadline();
  const std::string lang =
      resolveLanguage(input, page ? page->text : bytes, flag_name, declared, language_check, notes);
  const Segmenter& segmenter = segmenterFor(lang);
  checkCurrentDeadline();
  auto doc =
      page ? std::make_unique<Document>(input.path, std::move(bytes), std::move(page->text), lang, format)
           : std::make_unique<Document>(input.path, std::move(bytes), lang, textFormatOf(format));
  checkCurrentDeadline();
  if (options.presegmented) {
    aligners::segmentPresegmented(*doc, segmenter);
  } else if (page) {  // the page's blocks are its paragraphs
    segmentParagraphs(*doc, newsParagraphs(*doc, std::move(page->paragraphs), page->wire_copy), segmenter);
  } else {
    segmentDocument(*doc, segmenter);
  }
  return doc;
}

CheckResult alignWithin(const ArticleInput& source, const ArticleInput& target, const CheckOptions& options,
                        const Deadline& deadline) {
  // The readers, the segmenter and the aligner poll it inside their loops: a huge side stops on time, not
  // after it has been read and aligned whole.
  const CurrentDeadline current(deadline);
  CheckResult result;
  if (isBilingualPair(source, target, options.reading.formats)) {
    const LanguageResolver resolve = [&](const ArticleInput& side, std::string_view text,
                                         const std::string& flag_name,
                                         const std::optional<DeclaredLanguage>& declared) {
      return resolveLanguage(side, text, flag_name, declared, options.language_check, result.notes);
    };
    UnitAlignedPair pair = readBilingualPair(source, target, options.reading, resolve);
    result.source = std::move(pair.source);
    result.target = std::move(pair.target);
    result.alignment = std::move(pair.alignment);
    result.notes.push_back(source.path + ": read as " + pair.format + ", aligned by its " +
                           std::to_string(result.alignment.links().size()) + " units");
    deadline.check();
    return result;
  }
  for (const ArticleInput* side : {&source, &target}) {
    if (!side->bytes) checkArticleFile(side->path);
  }
  result.source = loadDocument(source, "--source-lang", options, result.notes);
  deadline.check();
  result.target = loadDocument(target, "--target-lang", options, result.notes);
  deadline.check();
  result.alignment = aligners::defaultAligner().align(*result.source, *result.target);
  for (const std::string& note : result.alignment.notes) result.notes.push_back(note);
  deadline.check();
  return result;
}

}  // namespace

CheckResult alignPair(const ArticleInput& source, const ArticleInput& target, const CheckOptions& options) {
  return alignWithin(source, target, options, Deadline(options.timeout_seconds, source.path, target.path));
}

CheckResult checkPair(const ArticleInput& source, const ArticleInput& target, const CheckOptions& options,
                      const DictionarySet& dictionaries) {
  const std::vector<const rules::Rule*> selected = selectRules(options.rule_selectors);
  const Deadline deadline(options.timeout_seconds, source.path, target.path);
  const CurrentDeadline current(deadline);  // for what the rules share with the aligner (re-alignment)
  CheckResult result = alignWithin(source, target, options, deadline);
  const AlignedPair pair{*result.source, *result.target, result.alignment};
  // No --style: the target language's default profile (en → ap, es → fundeu …), resolved once per pair so
  // every rule sees the same name.
  rules::CheckSettings settings = options.settings;
  settings.style = resolveStyleName(settings.style, result.target->lang());
  result.style = settings.style;
  static const rules::RuleOptions kNoOptions;
  // Evidence several rules read (the clause comparison of omission/clause and addition/clause) is worked out
  // once for the pair.
  const auto evidence = std::make_shared<rules::PairEvidence>();
  auto contextFor = [&](const rules::Rule& rule) {
    const std::string id(rule.info().id);
    const auto severity =
        options.severities.count(id) ? options.severities.at(id) : rule.info().default_severity;
    const auto found = options.rule_options.find(id);
    return rules::RuleContext(rule.info(), severity,
                              found == options.rule_options.end() ? kNoOptions : found->second, dictionaries,
                              settings, deadline, evidence);
  };
  std::vector<std::string> ran;
  const rules::ConsistencyUnusedSuppressionRule* unused_rule = nullptr;
  for (const rules::Rule* rule : selected) {
    rules::RuleContext context = contextFor(*rule);
    rule->check(pair, context);
    deadline.check();
    for (Finding& finding : context.takeFindings()) result.findings.push_back(std::move(finding));
    ran.emplace_back(rule->info().id);
    if (const auto* as_unused = dynamic_cast<const rules::ConsistencyUnusedSuppressionRule*>(rule))
      unused_rule = as_unused;
  }
  // Inline directives hide findings once every rule has reported; which directives hid nothing is known only
  // then, so consistency/unused-suppression concludes here.
  const auto unused = applyInlineSuppressions(*result.source, *result.target, result.findings, ran);
  if (unused_rule != nullptr) {
    rules::RuleContext context = contextFor(*unused_rule);
    unused_rule->reportUnused(unused, context);
    for (Finding& finding : context.takeFindings()) result.findings.push_back(std::move(finding));
  }
  dropFindingsOfReportedProblems(result.findings);
  sortAndDedupe(result.findings);
  return result;
}

std::vector<const rules::Rule*> selectRules(const std::vector<std::string>& selectors) {
  const auto& all = rules::builtinRules();
  auto matches = [](std::string_view selector, std::string_view id) {
    if (selector == id) return true;
    std::string_view prefix = selector;
    if (prefix.ends_with("/*")) prefix.remove_suffix(2);
    return prefix.find('/') == std::string_view::npos && id.starts_with(prefix) &&
           id.size() > prefix.size() && id[prefix.size()] == '/';
  };
  std::set<std::string_view> chosen;
  bool any_positive = false;
  for (const std::string& raw : selectors) {
    const bool negative = raw.starts_with('-');
    const std::string_view selector = negative ? std::string_view(raw).substr(1) : std::string_view(raw);
    bool matched = false;
    if (!negative) any_positive = true;
    for (const auto& rule : all) {
      if (!matches(selector, rule->info().id)) continue;
      matched = true;
    }
    if (!matched) {
      const auto& categories = ruleCategories();
      std::string_view category = selector.substr(0, selector.find('/'));
      const bool known_category =
          std::find(categories.begin(), categories.end(), category) != categories.end();
      const bool whole_category = selector.find('/') == std::string_view::npos || selector.ends_with("/*");
      if (!(known_category && whole_category)) {
        throw UserError("--rules", rules::unknownRuleMessage(selector));
      }
    }
  }
  for (const auto& rule : all) {
    if (!any_positive) chosen.insert(rule->info().id);
  }
  for (const std::string& raw : selectors) {
    const bool negative = raw.starts_with('-');
    const std::string_view selector = negative ? std::string_view(raw).substr(1) : std::string_view(raw);
    for (const auto& rule : all) {
      if (!matches(selector, rule->info().id)) continue;
      if (negative)
        chosen.erase(rule->info().id);
      else
        chosen.insert(rule->info().id);
    }
  }
  std::vector<const rules::Rule*> result;
  for (const auto& rule : all) {
    if (chosen.count(rule->info().id)) result.push_back(rule.get());
  }
  return result;
}

std::vector<std::string> availableStyles() {
  std::vector<std::string> styles;
  const std::filesystem::path dir = dataPath("dictionaries/styles");
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".tsv") styles.push_back(entry.path().stem().string());
  }
  if (styles.empty())
    styles = {"ap", "bbc", "fundeu", "guardian", "reuters"};  // before any data is installed
  std::sort(styles.begin(), styles.end());
  return styles;
}

void validateStyle(const std::string& style) {
  if (isStylePath(style)) {
    // A user's own profile: load it now so a bad line stops the run before any article is read.
    loadStyle(style);
    return;
  }
  const auto styles = availableStyles();
  if (std::find(styles.begin(), styles.end(), style) != styles.end()) return;
  std::string list;
  for (const auto& s : styles) list += (list.empty() ? "" : ", ") + s;
  throw UserError("--style", "unknown house style '" + style + "' (available: " + list + ")");
}

void validateNewsroomDictionaries(const rules::CheckSettings& settings, const DictionarySet& dictionaries) {
  for (const std::string& path : settings.extra_dictionaries) dictionaries.wordList(path);
  for (const std::string& path : settings.glossaries) {
    if (!Glossary::languagesOfPath(path))
      throw UserError(path,
                      "a glossary's file name must end in <source>-<target>.tsv (e.g. newsroom.fr-en.tsv)");
    dictionaries.userGlossary(path);
  }
}

}  // namespace concord
