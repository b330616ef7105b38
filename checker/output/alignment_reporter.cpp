#include "checker/output/alignment_reporter.h"

#include <iomanip>
#include <sstream>

#include <nlohmann/json.hpp>

namespace concord {
namespace {

struct LinkSide {
  std::string lines;  // "3" or "3-4", empty for none
  std::string text;
  std::vector<std::size_t> sentences;
};

LinkSide describe(const Document& doc, std::size_t begin, std::size_t count) {
  LinkSide side;
  if (count == 0) return side;
  const auto& sentences = doc.sentences();
  const std::size_t first = doc.lines().at(sentences[begin].range.begin).line;
  const std::size_t last = doc.lines().at(sentences[begin + count - 1].range.end).line;
  side.lines = first == last ? std::to_string(first) : std::to_string(first) + "-" + std::to_string(last);
  for (std::size_t s = begin; s < begin + count; ++s) {
    if (!side.text.empty()) side.text += ' ';
    side.text += sentences[s].range.in(doc.original());
    side.sentences.push_back(s);
  }
  for (char& ch : side.text) {
    if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
  }
  return side;
}

// "source 12" / "target 7-8": where a moved sentence's translation stands; empty for any other link.
std::string movedTo(const CheckResult& result, const Link& link) {
  const Link* partner = result.alignment.movedPartner(link);
  if (partner == nullptr) return "";
  if (partner->source_count > 0)
    return "source " + describe(*result.source, partner->source_begin, partner->source_count).lines;
  return "target " + describe(*result.target, partner->target_begin, partner->target_count).lines;
}

}  // namespace

void writeAlignmentTsv(const CheckResult& result, std::ostream& out) {
  out << "kind\tconfidence\tsource_lines\ttarget_lines\tsource\ttarget\tmoved_to\n";
  for (const Link& link : result.alignment.links()) {
    const LinkSide s = describe(*result.source, link.source_begin, link.source_count);
    const LinkSide t = describe(*result.target, link.target_begin, link.target_count);
    std::ostringstream confidence;
    confidence << std::fixed << std::setprecision(2) << link.confidence;
    out << link.kind() << '\t' << confidence.str() << '\t' << s.lines << '\t' << t.lines << '\t' << s.text
        << '\t' << t.text << '\t' << movedTo(result, link) << '\n';
  }
}

void writeAlignmentJson(const CheckResult& result, std::ostream& out) {
  nlohmann::json links = nlohmann::json::array();
  for (const Link& link : result.alignment.links()) {
    const LinkSide s = describe(*result.source, link.source_begin, link.source_count);
    const LinkSide t = describe(*result.target, link.target_begin, link.target_count);
    nlohmann::json entry = {{"kind", link.kind()},
                            {"confidence", link.confidence},
                            {"cost", link.cost},
                            {"source", {{"sentences", s.sentences}, {"lines", s.lines}, {"text", s.text}}},
                            {"target", {{"sentences", t.sentences}, {"lines", t.lines}, {"text", t.text}}}};
    // A moved sentence: the index in "links" of the link holding its translation, out of order.
    if (link.moved_partner) entry["moved_partner"] = *link.moved_partner;
    links.push_back(std::move(entry));
  }
  const nlohmann::json doc = {{"source", {{"path", result.source->path()}, {"lang", result.source->lang()}}},
                              {"target", {{"path", result.target->path()}, {"lang", result.target->lang()}}},
                              {"links", links},
                              {"notes", result.notes}};
  out << doc.dump(2) << '\n';
}

}  // namespace concord
