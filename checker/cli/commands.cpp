#include "checker/cli/commands.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "aligners/link_format.h"
#include "checker/model/data_dir.h"
#include "checker/model/error.h"
#include "checker/output/alignment_reporter.h"
#include "checker/output/markdown_terminal.h"
#include "checker/output/rule_docs.h"
#include "checker/pipeline/pipeline.h"
#include "checker/reading/text_file.h"
#include "dictionaries/dictionary_set.h"
#include "rules/registry.h"

namespace concord::cli {
namespace {

ArticleInput input(const std::string& path, const std::string& lang) { return {path, std::nullopt, lang}; }

CheckOptions pairOptions(const PairArgs& args) {
  CheckOptions options;
  options.language_check = args.language_check;
  return options;
}

}  // namespace

int runAlign(const AlignArgs& args, std::ostream& out) {
  CheckOptions options = pairOptions(args.pair);
  options.presegmented = args.presegmented;
  const CheckResult result = alignPair(input(args.pair.source, args.pair.source_lang),
                                       input(args.pair.target, args.pair.target_lang), options);
  if (args.verbose)
    for (const std::string& note : result.notes) std::cerr << "concord: " << note << '\n';
  std::ostringstream buffer;
  if (args.format == "json") {
    writeAlignmentJson(result, buffer);
  } else if (args.format == "links") {
    for (const aligners::IdLink& link : aligners::toIdLinks(result.alignment))
      buffer << aligners::formatIdLink(link) << '\n';
  } else if (args.format == "ladder") {
    aligners::writeLadder(result.alignment, buffer);
  } else {
    writeAlignmentTsv(result, buffer);
  }
  out << buffer.str();
  return 0;
}

int runRules(const RulesArgs& args, std::ostream& out) {
  if (args.format == "json") {
    out << ruleListJson().dump(2) << '\n';
    return 0;
  }
  std::size_t width = 0;
  for (const auto& rule : rules::builtinRules()) width = std::max(width, rule->info().id.size());
  for (const auto& rule : rules::builtinRules()) {
    const auto& info = rule->info();
    out << info.id << std::string(width + 2 - info.id.size(), ' ') << severityName(info.default_severity)
        << std::string(9 - severityName(info.default_severity).size(), ' ') << info.summary << '\n';
  }
  return 0;
}

int runExplain(const std::string& rule_id, const TerminalMarkdownOptions& style, std::ostream& out) {
  out << renderMarkdownForTerminal(ruleDocText(rule_id), style);
  return 0;
}

}  // namespace concord::cli
