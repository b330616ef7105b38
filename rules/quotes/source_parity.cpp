#include "rules/quotes/source_parity.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>

#include <unicode/uchar.h>

#include "checker/model/unicode_text.h"
#include "rules/evidence/quote_marks.h"

namespace concord::rules {
namespace {

const RuleInfo kInfo{
    "quotes/source-parity", "A quotation of the source that the translation does not quote, or the reverse",
    "Words inside quotation marks are attributed to a speaker. A translation that turns a quotation into "
    "reported speech, or puts a paraphrase between marks, changes what the story says someone said.",
    Severity::warning};

// Quotations of three words or fewer are scare quotes or names: house styles add and drop them freely.
constexpr std::size_t kShortQuotation = 3;
// A quotation closed and reopened around an attribution of at most this many words counts as one.
constexpr std::size_t kAttributionWords = 8;

std::size_t wordCount(std::string_view text, TextRange range) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = range.begin; i < range.end;) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(text, i, &len);
    if (len == 0) break;
    const bool letter = isLetter(cp) || isDigit(cp);
    if (letter && !in_word) ++words;
    in_word = letter || ((cp == U'’' || cp == U'\'' || cp == U'-') && in_word);
    i += len;
  }
  return words;
}

bool hasSentenceEnd(std::string_view text, TextRange range) {
  for (std::size_t i = range.begin; i < range.end;) {
    std::size_t len = 0;
    const char32_t cp = codePointAt(text, i, &len);
    if (len == 0) break;
    if (u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_S_TERM)) return true;
    i += len;
  }
  return false;
}

struct Quoted {
  TextRange range;  // from the opening mark to the closing one (or the paragraph end)
  TextRange content;
  std::size_t words = 0;
  double position = 0;    // where it starts, as a share of its paragraph group
  bool fragment = false;  // a few words inside a sentence: a name, a title, a scare quote
  bool runs_on = false;   // left open: the next paragraph reopens it (a quotation over several paragraphs)
};

// Quoted names and titles (« Corps des volontaires russes », a slogan, a newspaper) are written without marks
// in many house styles: a quotation of at most this many words inside a sentence is not direct speech.
constexpr std::size_t kFragmentWords = 6;

bool isMinor(const Quoted& q) { return q.words <= kShortQuotation || q.fragment; }

// A quotation the translation adds is minor only when short, or a fragment that reads as a name or title
// (capitalised: the “Russian Volunteer Corps”); a lower-case clause put between marks is a made-up quotation.
bool isMinorAddition(std::string_view text, const Quoted& q) {
  return q.words <= kShortQuotation || (q.fragment && isUpper(codePointAt(text, q.content.begin)));
}

// Starts inside a sentence: something other than a sentence end or a colon comes before the opening mark.
bool startsMidSentence(std::string_view text, TextRange paragraph, std::size_t open) {
  std::size_t at = open;
  while (at > paragraph.begin) {
    std::size_t len = 0;
    const char32_t cp = codePointBefore(text, at, &len);
    if (!isWhiteSpace(cp)) {
      return !(u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_S_TERM) || cp == U':' || cp == U'—' ||
               cp == U'–');
    }
    at -= len;
  }
  return false;
}

bool isFragment(std::string_view text, TextRange paragraph, TextRange range, TextRange content,
                std::size_t words) {
  // English puts the sentence's own period inside the closing mark (called it “difficult but stable.”): a
  // sentence end at the very end of the quoted words does not make them a sentence.
  TextRange inner = content;
  while (inner.end > inner.begin) {
    std::size_t len = 0;
    const char32_t cp = codePointBefore(text, inner.end, &len);
    if (!u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_S_TERM) && !isWhiteSpace(cp)) break;
    inner.end -= len;
  }
  return words <= kFragmentWords && !hasSentenceEnd(text, inner) &&
         startsMidSentence(text, paragraph, range.begin);
}

// A short attribution between two quotations: "," he said, " or, ending its own sentence, "," he said. "
// (English closes the quotation before the attribution and opens another after it, where French and Spanish
// keep one quotation around an incise: « …, a-t-il déclaré. … »).
bool attributionGap(std::string_view text, TextRange gap, bool across_sentences) {
  if (wordCount(text, gap) > kAttributionWords) return false;
  if (!across_sentences) return !hasSentenceEnd(text, gap);
  TextRange inner = gap;
  while (inner.end > inner.begin && isWhiteSpace(codePointBefore(text, inner.end))) {
    std::size_t len = 0;
    codePointBefore(text, inner.end, &len);
    inner.end -= len;
  }
  if (inner.end > inner.begin &&
      u_hasBinaryProperty(static_cast<UChar32>(codePointBefore(text, inner.end)), UCHAR_S_TERM)) {
    std::size_t len = 0;
    codePointBefore(text, inner.end, &len);
    inner.end -= len;
  }
  return !hasSentenceEnd(text, inner);
}

// Quotations separated only by a short attribution merged into one.
std::vector<Quoted> mergeAroundAttributions(std::string_view text, std::vector<Quoted> quoted,
                                            bool across_sentences = false) {
  std::vector<Quoted> merged;
  for (Quoted& q : quoted) {
    if (!merged.empty()) {
      const TextRange gap{merged.back().range.end, q.range.begin};
      if (attributionGap(text, gap, across_sentences)) {
        merged.back().range.end = q.range.end;
        merged.back().content.end = q.content.end;
        merged.back().words += q.words;
        merged.back().fragment = false;
        continue;
      }
    }
    merged.push_back(q);
  }
  return merged;
}

std::size_t longCount(const std::vector<Quoted>& quoted) {
  return static_cast<std::size_t>(
      std::count_if(quoted.begin(), quoted.end(), [](const Quoted& q) { return !isMinor(q); }));
}

// The quotations of paragraphs [first, last] of `doc`, or nullopt if one of them does not pair up.
std::optional<std::vector<Quoted>> quotedIn(
    const Document& doc, const std::vector<std::optional<std::vector<Quotation>>>& by_paragraph,
    std::size_t first, std::size_t last, TextRange group) {
  std::vector<Quoted> quoted;
  const double length = std::max<double>(1.0, static_cast<double>(group.size()));
  for (std::size_t p = first; p <= last; ++p) {
    if (!by_paragraph[p]) return std::nullopt;
    for (const Quotation& q : *by_paragraph[p]) {
      const TextRange range{q.open.range.begin, q.close ? q.close->range.end : doc.paragraphs()[p].range.end};
      const std::size_t words = wordCount(doc.text(), q.content);
      quoted.push_back({range, q.content, words, static_cast<double>(range.begin - group.begin) / length,
                        isFragment(doc.text(), doc.paragraphs()[p].range, range, q.content, words),
                        !q.close.has_value()});
    }
  }
  return quoted;
}

// Headlines quote with straight single marks in AP style ('Putin will not win'), which are apostrophes
// everywhere else: in a headline, a ' after a space (or at the start) up to a ' before a space, punctuation
// or the end is a quotation.
std::vector<Quoted> headlineSingleQuotes(std::string_view text, TextRange paragraph) {
  std::vector<Quoted> quoted;
  constexpr std::size_t kNone = std::string_view::npos;
  std::size_t open = kNone;
  for (std::size_t i = paragraph.begin; i < paragraph.end; ++i) {
    if (text[i] != '\'') continue;
    const char32_t before = i > paragraph.begin ? codePointBefore(text, i) : 0;
    const char32_t after = i + 1 < paragraph.end ? codePointAt(text, i + 1) : 0;
    if (open == kNone && (before == 0 || isWhiteSpace(before)) && isLetter(after)) {
      open = i;
    } else if (open != kNone && !isLetter(after) && !isDigit(after) && !isWhiteSpace(before)) {
      const TextRange content{open + 1, i};
      const std::size_t words = wordCount(text, content);
      quoted.push_back({{open, i + 1},
                        content,
                        words,
                        static_cast<double>(open - paragraph.begin) /
                            std::max<double>(1.0, static_cast<double>(paragraph.size())),
                        isFragment(text, paragraph, {open, i + 1}, content, words)});
      open = kNone;
    }
  }
  return quoted;
}

// Pairs quotations of two sides by position; returns the indices in `more` that nothing in `fewer` is near.
std::vector<std::size_t> unpaired(const std::vector<Quoted>& more, const std::vector<Quoted>& fewer) {
  std::vector<bool> taken(more.size(), false);
  for (const Quoted& f : fewer) {
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < more.size(); ++i) {
      if (taken[i]) continue;
      if (!best || std::fabs(more[i].position - f.position) < std::fabs(more[*best].position - f.position))
        best = i;
    }
    if (best) taken[*best] = true;
  }
  std::vector<std::size_t> rest;
  for (std::size_t i = 0; i < more.size(); ++i)
    if (!taken[i]) rest.push_back(i);
  return rest;
}

// The quotations of one side of an aligned sentence pair: those that open in `range`, with the number of
// their words inside it and the words of the whole range.
struct LinkQuotations {
  std::vector<Quoted> quoted;
  std::size_t quoted_words = 0;
  std::size_t words = 0;
  double share() const {
    return words == 0 ? 0.0 : static_cast<double>(quoted_words) / static_cast<double>(words);
  }
};

LinkQuotations quotationsOfLink(std::string_view text, const std::vector<Quoted>& all, TextRange range) {
  LinkQuotations link;
  link.words = wordCount(text, range);
  for (const Quoted& q : all) {
    if (q.range.begin < range.begin || q.range.begin >= range.end) continue;
    link.quoted.push_back(q);
    link.quoted_words += wordCount(text, {q.content.begin, std::min(q.content.end, range.end)});
  }
  return link;
}

// The lower-cased words of a quotation, for telling a repeated quotation from a new one.
std::vector<std::string> wordsOf(std::string_view text, TextRange range) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = range.begin; i <= range.end;) {
    std::size_t len = 1;
    const char32_t cp = i < range.end ? codePointAt(text, i, &len) : 0;
    if (len == 0) break;
    if (isLetter(cp) || isDigit(cp)) {
      word.append(text.substr(i, len));
    } else if (!word.empty()) {
      words.push_back(lowerCase(word));
      word.clear();
    }
    i += len;
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// Most of the words of `a` are words of `b`: the translation quotes the same words twice.
bool repeats(std::string_view text, const Quoted& a, const Quoted& b) {
  const std::vector<std::string> wa = wordsOf(text, a.content), wb = wordsOf(text, b.content);
  if (wa.size() < 2) return false;
  std::vector<std::string> common;
  std::set_intersection(wa.begin(), wa.end(), wb.begin(), wb.end(), std::back_inserter(common));
  return common.size() * 3 >= wa.size() * 2;
}

std::string excerpt(std::string_view text, TextRange range) {
  std::string s(range.in(text));
  if (codePointCount(s) <= 60) return s;
  std::size_t cut = 0, count = 0;
  while (cut < s.size() && count < 57) {
    std::size_t len = 0;
    codePointAt(s, cut, &len);
    cut += len;
    ++count;
  }
  return s.substr(0, cut) + "…";
}

using Report = std::function<void(Side, TextRange, std::string, bool)>;

// Paragraphs that quote as often as their source can still drop, repeat or add a quotation inside one
// sentence (a merge of “A,” he said, “B.” hides it at paragraph level). Each aligned sentence pair of the
// paragraph is compared on its own: the quotations opening in it, and their words against what the source's
// quoted words come to at the article's length ratio — a quotation split around the attribution, or two
// joined, keeps its words. Returns true when it reported.
bool reportSentenceMismatches(const AlignedPair& pair, std::size_t first_t, std::size_t last_t,
                              const std::vector<Quoted>& s_all, const std::vector<Quoted>& t_all,
                              double length_ratio, const Report& report) {
  const Document& source = pair.source;
  const Document& target = pair.target;
  std::vector<std::pair<LinkQuotations, LinkQuotations>> links;  // source, target side of each link
  for (std::size_t t = first_t; t <= last_t; ++t) {
    const Link& link = pair.alignment.linkOfTarget(t);
    if (link.target_begin != t || link.source_count == 0) continue;
    const TextRange t_range{target.sentences()[t].range.begin,
                            target.sentences()[link.target_end() - 1].range.end};
    const TextRange s_range{source.sentences()[link.source_begin].range.begin,
                            source.sentences()[link.source_end() - 1].range.end};
    links.emplace_back(quotationsOfLink(source.text(), s_all, s_range),
                       quotationsOfLink(target.text(), t_all, t_range));
  }
  // One sentence short of a quotation and another with one more: the translation moved a quotation to a
  // neighbouring sentence (or the aligner split them differently), which is not a loss or an addition.
  const auto count_where = [&](auto compare) {
    return std::any_of(links.begin(), links.end(),
                       [&](const auto& l) { return compare(l.second.quoted.size(), l.first.quoted.size()); });
  };
  const bool some_fewer = count_where(std::less<>{});
  const bool some_more = count_where(std::greater<>{});
  bool reported = false;
  for (const auto& [s, tq] : links) {
    if (s.quoted.size() == tq.quoted.size()) continue;
    const double expected = static_cast<double>(s.quoted_words) * length_ratio;
    const double quoted = static_cast<double>(tq.quoted_words);
    if (tq.quoted.size() < s.quoted.size() && !some_more && quoted < 0.6 * expected) {
      // The words of the lost quotation are still in the sentence (it keeps its length): reported speech, a
      // loose rendering of direct speech. Otherwise the quotation went with its words.
      const bool kept_length =
          static_cast<double>(tq.words) >= 0.8 * static_cast<double>(s.words) * length_ratio;
      for (std::size_t i : unpaired(s.quoted, tq.quoted)) {
        const Quoted& lost = s.quoted[i];
        report(Side::source, lost.range,
               "the source quotes " + excerpt(source.text(), lost.range) + " in this sentence, and the " +
                   (kept_length ? "translation renders it as reported speech, without marks"
                                : "translation leaves the quotation out"),
               isMinor(lost));
        reported = true;
      }
    } else if (tq.quoted.size() > s.quoted.size()) {
      bool repeated_here = false;
      for (std::size_t i = 1; i < tq.quoted.size(); ++i) {
        const Quoted& q = tq.quoted[i];
        const bool repeated =
            std::any_of(tq.quoted.begin(), tq.quoted.begin() + static_cast<long>(i),
                        [&](const Quoted& earlier) { return repeats(target.text(), q, earlier); });
        if (!repeated) continue;
        report(Side::target, q.range,
               "the translation quotes " + excerpt(target.text(), q.range) +
                   " a second time in this sentence; the source quotes it once",
               q.words <= kShortQuotation);
        reported = repeated_here = true;
      }
      if (repeated_here || some_fewer || quoted < 1.6 * expected || quoted - expected < 4) continue;
      for (std::size_t i : unpaired(tq.quoted, s.quoted)) {
        const Quoted& added = tq.quoted[i];
        report(Side::target, added.range,
               "the translation quotes " + excerpt(target.text(), added.range) +
                   " in this sentence, where the source has no quotation for it",
               isMinorAddition(target.text(), added));
        reported = true;
      }
    }
  }
  return reported;
}

}  // namespace

const RuleInfo& QuotesSourceParityRule::info() const { return kInfo; }

void QuotesSourceParityRule::check(const AlignedPair& pair, RuleContext& context) const {
  const Document& source = pair.source;
  const Document& target = pair.target;
  const auto source_quotations = quotationsByParagraph(source);
  const auto target_quotations = quotationsByParagraph(target);
  // Words of the translation per word of the source, to weigh quoted words across the two languages.
  const double length_ratio =
      static_cast<double>(wordCount(target.text(), {0, target.text().size()})) /
      std::max<double>(1.0, static_cast<double>(wordCount(source.text(), {0, source.text().size()})));

  for (std::size_t p = 0; p < target.paragraphs().size(); ++p) {
    const Paragraph& paragraph = target.paragraphs()[p];
    if (paragraph.sentence_count == 0 || !target_quotations[p]) continue;
    // The links of this paragraph must cover it exactly, each with source sentences.
    const std::size_t first_t = paragraph.first_sentence;
    const std::size_t last_t = first_t + paragraph.sentence_count - 1;
    const Link& first_link = pair.alignment.linkOfTarget(first_t);
    const Link& last_link = pair.alignment.linkOfTarget(last_t);
    if (first_link.target_begin != first_t || last_link.target_end() != last_t + 1) continue;
    double confidence = 1.0;
    bool whole = true;
    for (std::size_t t = first_t; t <= last_t; ++t) {
      const Link& link = pair.alignment.linkOfTarget(t);
      confidence = std::min(confidence, link.confidence);
      whole = whole && link.source_count > 0;
    }
    if (!whole) continue;
    // …and map to whole source paragraphs.
    const std::size_t first_s = first_link.source_begin;
    const std::size_t last_s = last_link.source_end() - 1;
    const std::size_t first_sp = source.sentences()[first_s].paragraph;
    const std::size_t last_sp = source.sentences()[last_s].paragraph;
    const Paragraph& sp_first = source.paragraphs()[first_sp];
    const Paragraph& sp_last = source.paragraphs()[last_sp];
    if (sp_first.first_sentence != first_s || sp_last.first_sentence + sp_last.sentence_count - 1 != last_s)
      continue;
    const TextRange source_group{sp_first.range.begin, sp_last.range.end};
    const auto source_quoted = quotedIn(source, source_quotations, first_sp, last_sp, source_group);
    const auto target_quoted = quotedIn(target, target_quotations, p, p, paragraph.range);
    if (!source_quoted || !target_quoted) continue;

    // AP-style headlines quote with straight single marks, in the source as in the translation.
    const bool source_headline =
        first_sp == last_sp && (source.paragraphs()[first_sp].heading || first_sp == 0);
    const std::vector<Quoted> s_all = source_quoted->empty() && source_headline
                                          ? headlineSingleQuotes(source.text(), sp_first.range)
                                          : *source_quoted;
    const std::vector<Quoted> t_all = target_quoted->empty() && (paragraph.heading || p == 0)
                                          ? headlineSingleQuotes(target.text(), paragraph.range)
                                          : *target_quoted;
    const std::vector<Quoted> s_merged = mergeAroundAttributions(source.text(), s_all);
    const std::vector<Quoted> t_merged = mergeAroundAttributions(target.text(), t_all);
    // The source's quotations on both sides of "he said." as the translation's one quotation around an
    // incise (« …, a-t-il déclaré. … »): only when the translation quotes about as many words, else the
    // second quotation was lost.
    const std::vector<Quoted> s_joined = mergeAroundAttributions(source.text(), s_all, true);
    const auto quotedWords = [](const std::vector<Quoted>& quoted) {
      std::size_t words = 0;
      for (const Quoted& q : quoted) words += q.words;
      return static_cast<double>(words);
    };
    const bool joined_source = s_all.size() > t_all.size() && s_merged.size() != t_all.size() &&
                               s_joined.size() == t_all.size() &&
                               quotedWords(t_all) >= 0.6 * quotedWords(s_joined) * length_ratio;
    const bool same_count = s_all.size() == t_all.size() || s_merged.size() == t_all.size() ||
                            s_all.size() == t_merged.size() || s_merged.size() == t_merged.size() ||
                            joined_source;

    auto report = [&](Side side, TextRange range, std::string message, bool short_only) {
      Finding finding;
      finding.primary = side;
      (side == Side::target ? finding.target : finding.source) = range;
      (side == Side::target ? finding.source : finding.target) =
          side == Side::target ? source_group : paragraph.range;
      finding.confidence = confidence;
      if (short_only) finding.severity = Severity::info;
      finding.message = std::move(message);
      context.report(std::move(finding));
    };

    if (!same_count) {
      if (s_merged.size() > t_merged.size()) {
        const bool short_only = longCount(s_merged) <= longCount(t_merged);
        for (std::size_t i : unpaired(s_merged, t_merged)) {
          report(Side::source, s_merged[i].range,
                 "the source quotes " + excerpt(source.text(), s_merged[i].range) +
                     " here, and the translation has no quotation for it",
                 short_only || isMinor(s_merged[i]));
        }
      } else if (t_merged.size() > s_merged.size()) {
        const auto major_added = std::count_if(t_merged.begin(), t_merged.end(), [&](const Quoted& q) {
          return !isMinorAddition(target.text(), q);
        });
        const bool short_only = static_cast<std::size_t>(major_added) <= longCount(s_merged);
        for (std::size_t i : unpaired(t_merged, s_merged)) {
          report(Side::target, t_merged[i].range,
                 "the translation quotes " + excerpt(target.text(), t_merged[i].range) +
                     ", but the aligned source has no quotation here",
                 short_only || isMinorAddition(target.text(), t_merged[i]));
        }
      }
      continue;
    }
    // A quotation the translation leaves open at the paragraph's end reads as running on into the next
    // paragraph (which reopens a quotation of its own); when the source closes its quotation here, the
    // closing mark was lost.
    if (!t_all.empty() && t_all.back().runs_on && !s_all.empty() && !s_all.back().runs_on) {
      report(
          Side::target, t_all.back().range,
          "the quotation " + excerpt(target.text(), t_all.back().range) +
              " is never closed (the source closes it in this paragraph); the next paragraph's opening mark "
              "starts a new quotation",
          false);
      continue;
    }
    // Compared sentence by sentence in the form whose counts agree: one quotation around an incise
    // (« …, a-t-il déclaré. … ») is the source's two around "he said." and begins in the same sentence.
    const std::vector<Quoted>& s_same = joined_source ? s_joined : s_all;
    if (reportSentenceMismatches(pair, first_t, last_t, s_same, t_all, length_ratio, report)) continue;
    // Same quotations: are the quoted words still inside the marks? Compare the quoted share of the text.
    const std::size_t s_words = wordCount(source.text(), source_group);
    const std::size_t t_words = wordCount(target.text(), paragraph.range);
    std::size_t s_quoted = 0, t_quoted = 0;
    for (const Quoted& q : s_all) s_quoted += q.words;
    for (const Quoted& q : t_all) t_quoted += q.words;
    if (s_words == 0 || t_words == 0 || s_quoted < 6) continue;
    const double s_share = static_cast<double>(s_quoted) / static_cast<double>(s_words);
    const double t_share = static_cast<double>(t_quoted) / static_cast<double>(t_words);
    if (s_share >= 0.3 && t_share < s_share * 0.5 && !t_all.empty()) {
      report(Side::target, t_all.front().range,
             "the source quotes " + std::to_string(s_quoted) + " of its " + std::to_string(s_words) +
                 " words here, the translation only " + std::to_string(t_quoted) + " of " +
                 std::to_string(t_words) + ": quoted words have moved outside the marks",
             false);
    }
  }
}

}  // namespace concord::rules
