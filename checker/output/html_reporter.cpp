#include "checker/output/html_reporter.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <set>
#include <sstream>

#include "checker/assets/html_assets.h"
#include "checker/model/error.h"
#include "checker/model/location.h"
#include "checker/output/highlight_spans.h"
#include "checker/output/html_escape.h"
#include "checker/output/markdown_html.h"
#include "checker/output/reporter.h"
#include "checker/output/rule_docs.h"

namespace concord {
namespace {

constexpr std::array<Severity, 3> kSeverities{Severity::error, Severity::warning, Severity::info};

// Finding numbers on the page are 1-based ("#3" in the list, #f3 in the address bar).
std::string findingNumber(std::size_t index) { return std::to_string(index + 1); }

std::string ruleAnchor(std::string_view rule_id) {
  std::string anchor = "rule-" + std::string(rule_id);
  std::replace(anchor.begin(), anchor.end(), '/', '-');
  return anchor;
}

std::string joinNumbers(const std::vector<std::size_t>& indices) {
  std::string out;
  for (std::size_t index : indices) {
    if (!out.empty()) out += ' ';
    out += findingNumber(index);
  }
  return out;
}

std::string plural(std::size_t n, std::string_view word) {
  return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

// The byte window each link shows on one side: from its first sentence to the next link's first sentence
// on that side (the first window starts at byte 0, the last ends at the end), so every byte of the
// article, including text between sentences, belongs to exactly one row and no finding can be lost.
std::vector<std::optional<TextRange>> linkWindows(const Document& doc, const Alignment& alignment,
                                                  Side side) {
  const auto& links = alignment.links();
  std::vector<std::optional<TextRange>> windows(links.size());
  std::optional<std::size_t> previous;
  for (std::size_t i = 0; i < links.size(); ++i) {
    const std::size_t count = side == Side::source ? links[i].source_count : links[i].target_count;
    if (count == 0) continue;
    const std::size_t first = side == Side::source ? links[i].source_begin : links[i].target_begin;
    const std::size_t begin = previous ? doc.sentences()[first].range.begin : 0;
    if (previous) windows[*previous]->end = begin;
    windows[i] = TextRange{begin, doc.original().size()};
    previous = i;
  }
  return windows;
}

// Leading and trailing white space of a window is layout, not content: drop it unless a mark covers it.
TextRange trimmedWindow(std::string_view text, TextRange window, const std::vector<HighlightMark>& marks) {
  auto marked = [&](std::size_t offset) {
    return std::any_of(marks.begin(), marks.end(), [&](const HighlightMark& m) {
      return m.range.contains(offset) || (m.range.empty() && m.range.begin == offset);
    });
  };
  auto space = [&](std::size_t offset) {
    const char c = text[offset];
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  };
  while (window.begin < window.end && space(window.begin) && !marked(window.begin)) ++window.begin;
  while (window.end > window.begin && space(window.end - 1) && !marked(window.end - 1)) --window.end;
  return window;
}

class ReviewPage {
 public:
  ReviewPage(const CheckResult& result, const std::vector<Finding>& findings,
             const HtmlReviewOptions& options)
      : r_(result), findings_(findings), options_(options) {
    for (std::size_t i = 0; i < findings_.size(); ++i) {
      const Finding& f = findings_[i];
      addMark(f.primary, f.primaryRange(), i, false);
      const auto& other = f.primary == Side::target ? f.source : f.target;
      if (other) addMark(f.primary == Side::target ? Side::source : Side::target, *other, i, true);
      for (const Note& note : f.notes) addMark(note.side, note.range, i, true);
    }
  }

  std::string render() {
    out_.reserve(r_.source->original().size() * 2 + r_.target->original().size() * 2 + 32768);
    head();
    header();
    filters();
    out_ += "<main class=\"layout\">\n";
    article();
    findingsList();
    out_ +=
        "</main>\n<div id=\"detail\" class=\"detail\" role=\"dialog\" aria-label=\"Finding\" hidden></div>\n";
    ruleDocs();
    out_ += "<footer>Concord " CONCORD_VERSION
            " · click a highlight or a finding for details · <kbd>n</kbd>/<kbd>p</kbd> next/previous "
            "· <kbd>Esc</kbd> close</footer>\n<script>\n";
    out_ += html_assets::kReviewJs;
    out_ += "</script>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  const Document& doc(Side side) const { return side == Side::source ? *r_.source : *r_.target; }
  std::vector<HighlightMark>& marks(Side side) {
    return side == Side::source ? source_marks_ : target_marks_;
  }
  // Rows go down both sides in order: each cell looks only at the marks near it.
  MarkSweep& sweep(Side side) {
    auto& sweep = side == Side::source ? source_sweep_ : target_sweep_;
    if (!sweep) sweep.emplace(marks(side));
    return *sweep;
  }

  void addMark(Side side, TextRange range, std::size_t finding, bool counterpart) {
    marks(side).push_back({range, finding, counterpart});
  }

  void text(std::string_view s) { appendHtmlEscaped(out_, s); }

  void head() {
    out_ +=
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        // The page never loads anything: even if escaping failed somewhere, a policy blocks remote loads.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
        "'unsafe-inline'; script-src 'unsafe-inline'\">\n"
        "<meta name=\"generator\" content=\"concord " CONCORD_VERSION "\">\n<title>Concord review: ";
    text(r_.target->path());
    out_ += "</title>\n<style>\n";
    out_ += html_assets::kReviewCss;
    out_ += "</style>\n</head>\n<body>\n";
  }

  void header() {
    std::array<std::size_t, 3> counts{};
    for (const Finding& f : findings_) ++counts[static_cast<std::size_t>(f.severity)];
    out_ += "<header class=\"top\">\n<h1>Concord review</h1>\n<p class=\"files\">";
    fileLabel(*r_.source);
    out_ += " <span class=\"arrow\" aria-hidden=\"true\">→</span> ";
    fileLabel(*r_.target);
    if (!options_.style.empty()) {
      out_ += " <span class=\"style\">style ";
      text(options_.style);
      out_ += "</span>";
    }
    out_ += "</p>\n<p class=\"summary\">";
    const std::array<std::string_view, 3> names{"info", "warning", "error"};
    for (Severity s : kSeverities) {
      const std::size_t n = counts[static_cast<std::size_t>(s)];
      out_ += "<span class=\"count sev-" + std::string(names[static_cast<std::size_t>(s)]) + "\">" +
              plural(n, names[static_cast<std::size_t>(s)]) + "</span> ";
    }
    std::size_t gaps = 0, moved = 0;  // moved: source sentences of moved links (a 2-0 half moved two)
    for (const Link& link : r_.alignment.links()) {
      if (link.source_count != 0 && link.target_count != 0) continue;
      if (!link.moved_partner)
        ++gaps;
      else
        moved += link.source_count;
    }
    out_ += "<span class=\"align-stats\">" + plural(r_.alignment.links().size(), "aligned row") + ", " +
            plural(gaps, "gap");
    if (moved > 0) out_ += ", " + plural(moved, "moved sentence");
    out_ += "</span></p>\n</header>\n";
  }

  void fileLabel(const Document& d) {
    out_ += "<span class=\"lang\">";
    text(d.lang());
    out_ += "</span> <span class=\"path\">";
    text(d.path());
    out_ += "</span>";
  }

  void filters() {
    std::map<std::string, std::size_t> categories;
    std::array<std::size_t, 3> severities{};
    for (const Finding& f : findings_) {
      ++categories[std::string(f.category())];
      ++severities[static_cast<std::size_t>(f.severity)];
    }
    out_ += "<nav class=\"filters\" aria-label=\"Filters\">\n<fieldset><legend>Severity</legend>";
    for (Severity s : kSeverities) {
      const std::string name(severityName(s));
      const std::size_t n = severities[static_cast<std::size_t>(s)];
      out_ += "<label class=\"chip sev-" + name + (n == 0 ? " zero" : "") +
              "\"><input type=\"checkbox\" data-filter=\"sev\" value=\"" + name + "\" checked> " + name +
              " <span class=\"n\">" + std::to_string(n) + "</span></label>";
    }
    out_ += "</fieldset>\n<fieldset><legend>Category</legend>";
    if (categories.empty()) out_ += "<span class=\"none\">no findings</span>";
    for (const auto& [category, n] : categories) {
      out_ += "<label class=\"chip\"><input type=\"checkbox\" data-filter=\"cat\" value=\"";
      text(category);
      out_ += "\" checked> ";
      text(category);
      out_ += " <span class=\"n\">" + std::to_string(n) + "</span></label>";
    }
    out_ += "</fieldset>\n</nav>\n";
  }

  void article() {
    const auto source_windows = linkWindows(*r_.source, r_.alignment, Side::source);
    const auto target_windows = linkWindows(*r_.target, r_.alignment, Side::target);
    out_ +=
        "<section class=\"article\" aria-label=\"Aligned text\">\n<div class=\"row head\"><div>Source <span "
        "class=\"lang\">";
    text(r_.source->lang());
    out_ += "</span></div><div>Target <span class=\"lang\">";
    text(r_.target->lang());
    out_ += "</span></div></div>\n";
    const auto& links = r_.alignment.links();
    if (links.empty()) {
      // Nothing was segmented (an empty side): still show both texts so no finding disappears.
      out_ += "<div class=\"row\">";
      cell(Side::source, TextRange{0, r_.source->original().size()}, std::nullopt);
      cell(Side::target, TextRange{0, r_.target->original().size()}, std::nullopt);
      out_ += "</div>\n";
    }
    for (std::size_t i = 0; i < links.size(); ++i) {
      const Link& link = links[i];
      std::string classes = "row";
      if (startsParagraph(*r_.source, link.source_begin, link.source_count) ||
          startsParagraph(*r_.target, link.target_begin, link.target_count))
        classes += " para";
      if (link.source_count == 0 || link.target_count == 0) classes += " gap-row";
      if (link.confidence < 0.5) classes += " weak";
      out_ += "<div class=\"" + classes + "\" data-link=\"" + std::to_string(i) + "\" data-kind=\"" +
              link.kind() + "\">";
      const std::string moved = movedLabel(link);
      cell(Side::source, source_windows[i],
           link.source_count ? std::optional(link.source_begin) : std::nullopt, moved);
      cell(Side::target, target_windows[i],
           link.target_count ? std::optional(link.target_begin) : std::nullopt, moved);
      if (link.confidence < 0.5) {
        char confidence[16];
        std::snprintf(confidence, sizeof confidence, "%.2f", link.confidence);
        out_ += "<div class=\"weak-note\">uncertain alignment (" + link.kind() + ", confidence " +
                std::string(confidence) + ")</div>";
      }
      out_ += "</div>\n";
    }
    out_ += "</section>\n";
  }

  static bool startsParagraph(const Document& d, std::size_t first_sentence, std::size_t count) {
    if (count == 0 || first_sentence == 0) return false;
    return d.paragraphs()[d.sentences()[first_sentence].paragraph].first_sentence == first_sentence;
  }

  // The gap of a moved sentence says where its other half stands: "translated at line 5" in the
  // translation's gap beside the source sentence, "source at line 17" beside the moved translation.
  std::string movedLabel(const Link& link) const {
    const Link* partner = r_.alignment.movedPartner(link);
    if (partner == nullptr) return "";
    if (partner->target_count > 0) {
      const Sentence& sentence = r_.target->sentences()[partner->target_begin];
      return "moved: translated at line " + std::to_string(r_.target->lines().at(sentence.range.begin).line);
    }
    const Sentence& sentence = r_.source->sentences()[partner->source_begin];
    return "moved: source at line " + std::to_string(r_.source->lines().at(sentence.range.begin).line);
  }

  void cell(Side side, const std::optional<TextRange>& window, std::optional<std::size_t> first_sentence,
            const std::string& moved_label = {}) {
    const char* side_class = side == Side::source ? "src" : "tgt";
    const Document& d = doc(side);
    if (!window) {
      const std::string label = !moved_label.empty()   ? moved_label
                                : side == Side::source ? "not in the source"
                                                       : "not in the translation";
      out_ += std::string("<div class=\"cell gap") + (moved_label.empty() ? " " : " moved ") + side_class +
              "\"><span class=\"gap-label\">" + label + "</span></div>";
      return;
    }
    const auto& side_marks = sweep(side).near(*window);
    const TextRange shown = trimmedWindow(d.original(), *window, side_marks);
    std::string classes = std::string("cell ") + side_class;
    if (first_sentence && d.paragraphs()[d.sentences()[*first_sentence].paragraph].heading)
      classes += " heading";
    out_ += "<div class=\"" + classes + "\" lang=\"";
    text(d.lang());
    out_ += "\"><span class=\"ln\" title=\"line\">" + std::to_string(d.lines().at(shown.begin).line) +
            "</span><span class=\"tx\">";
    for (const HighlightPiece& piece : splitHighlights(d.original(), shown, side_marks)) {
      if (piece.plain()) {
        text(piece.range.in(d.original()));
        continue;
      }
      markOpen(side, piece);
      text(piece.range.in(d.original()));
      out_ += "</mark>";
    }
    out_ += "</span></div>";
  }

  void markOpen(Side side, const HighlightPiece& piece) {
    std::string classes = piece.findings.empty() ? "cp" : "hl";
    std::string title;
    if (!piece.findings.empty()) {
      Severity worst = Severity::info;
      for (std::size_t index : piece.findings) {
        const Finding& f = findings_[index];
        worst = std::max(worst, f.severity);
        if (!title.empty()) title += '\n';
        title += std::string(severityName(f.severity)) + ": " + f.message + " [" + f.rule_id + "]";
      }
      classes += " sev-" + std::string(severityName(worst));
      if (piece.findings.size() > 1) classes += " multi";
    }
    if (piece.range.empty()) classes += " point";
    out_ += "<mark class=\"" + classes + "\"";
    // The first piece of a finding on its own side is the target of the findings list's links.
    for (std::size_t index : piece.findings) {
      if (findings_[index].primary == side && anchored_.insert(index).second) {
        out_ += " id=\"m" + findingNumber(index) + "\"";
        break;
      }
    }
    if (!piece.findings.empty()) out_ += " data-f=\"" + joinNumbers(piece.findings) + "\"";
    if (!piece.counterparts.empty()) out_ += " data-cp=\"" + joinNumbers(piece.counterparts) + "\"";
    if (!title.empty()) {
      out_ += " title=\"";
      text(title);
      out_ += "\"";
    }
    out_ += ">";
  }

  void findingsList() {
    out_ +=
        "<aside class=\"findings\" aria-label=\"Findings\">\n<h2>Findings <span class=\"n\" id=\"shown\">" +
        std::to_string(findings_.size()) + "</span></h2>\n";
    if (findings_.empty()) out_ += "<p class=\"clean\">No findings: nothing to fix.</p>\n";
    out_ += "<ol>\n";
    for (std::size_t i = 0; i < findings_.size(); ++i) findingItem(i);
    out_ += "</ol>\n</aside>\n";
  }

  void findingItem(std::size_t index) {
    const Finding& f = findings_[index];
    const std::string number = findingNumber(index);
    const std::string severity(severityName(f.severity));
    const Location where = locate(doc(f.primary), f.primaryRange());
    out_ += "<li class=\"finding sev-" + severity + "\" id=\"f" + number + "\" data-f=\"" + number +
            "\" data-sev=\"" + severity + "\" data-cat=\"";
    text(f.category());
    out_ += "\" tabindex=\"0\"><div class=\"meta\"><a class=\"loc\" href=\"#m" + number + "\">#" + number +
            " " + (f.primary == Side::target ? "target" : "source") + " " + std::to_string(where.line) + ":" +
            std::to_string(where.column) + "</a> <span class=\"badge sev-" + severity + "\">" + severity +
            "</span> <a class=\"rule\" href=\"#";
    text(ruleAnchor(f.rule_id));
    out_ += "\">";
    text(f.rule_id);
    out_ += "</a></div><p class=\"msg\">";
    text(f.message);
    out_ += "</p>";
    if (f.suggestion) {
      out_ += "<p class=\"sugg\"><del>";
      text(where.text);
      out_ += "</del> → <ins>";
      text(*f.suggestion);
      out_ += "</ins></p>";
    }
    for (const Note& note : f.notes) {
      const Location at = locate(doc(note.side), note.range);
      out_ += "<p class=\"note\">" + std::string(note.side == Side::target ? "target" : "source") + " " +
              std::to_string(at.line) + ":" + std::to_string(at.column) + ": ";
      text(note.message);
      out_ += "</p>";
    }
    if (f.confidence < 1.0) {
      char confidence[16];
      std::snprintf(confidence, sizeof confidence, "%.2f", f.confidence);
      out_ += "<p class=\"conf\">confidence " + std::string(confidence) + "</p>";
    }
    out_ += "</li>\n";
  }

  void ruleDocs() {
    std::set<std::string> ids;
    for (const Finding& f : findings_) ids.insert(f.rule_id);
    if (ids.empty()) return;
    out_ += "<section class=\"rules\" aria-label=\"Rules\">\n<h2>Rules in this review</h2>\n";
    for (const std::string& id : ids) {
      out_ += "<article id=\"";
      text(ruleAnchor(id));
      out_ += "\"><h3>";
      text(id);
      out_ += "</h3>";
      const auto doc_text = options_.rule_docs.find(id);
      if (doc_text != options_.rule_docs.end()) {
        // The doc's own title is the id the h3 above shows; its sections go under it.
        out_ += "<div class=\"doc\">";
        out_ += renderMarkdownAsHtml(doc_text->second, {.heading_shift = 3, .drop_opening_title = true});
        out_ += "</div>";
      }
      out_ += "<p class=\"explain\">In a terminal: <code>concord explain ";
      text(id);
      out_ += "</code></p></article>\n";
    }
    out_ += "</section>\n";
  }

  const CheckResult& r_;
  const std::vector<Finding>& findings_;  ///< those to show (a baseline may hide some of r_.findings)
  const HtmlReviewOptions& options_;
  std::vector<HighlightMark> source_marks_;
  std::vector<HighlightMark> target_marks_;
  std::optional<MarkSweep> source_sweep_;
  std::optional<MarkSweep> target_sweep_;
  std::set<std::size_t> anchored_;
  std::string out_;
};

}  // namespace

void writeHtmlReview(const CheckResult& result, const std::vector<Finding>& findings, std::ostream& out,
                     const HtmlReviewOptions& options) {
  out << ReviewPage(result, findings, options).render();
}

std::string renderHtmlPair(const PairReport& pair) {
  // The findings the report kept: a baseline may have hidden some of the result's.
  std::vector<Finding> shown;
  for (const ReportedFinding& f : pair.findings)
    if (f.origin != nullptr) shown.push_back(*f.origin);
  std::ostringstream out;
  writeHtmlReview(*pair.result, shown, out, {ruleDocsFor(shown), pair.result->style});
  return out.str();
}

std::string renderHtml(const BatchReport& report) {
  if (report.pairs.size() != 1 || !report.pairs.front().result)
    throw UserError("--format html",
                    "the review page shows one pair (concord check SOURCE TARGET); for a batch give a folder "
                    "(--format html:DIR, one page per pair) or use `concord report`");
  return renderHtmlPair(report.pairs.front());
}

}  // namespace concord
