// align-eval: runs an aligner in-process on every file pair of a gold sentence-alignment set and scores it
// with the field's scorer (strict/lax P/R/F1 summed over files; see aligners/alignment_score.h), plus
// per-link-type recall and the precision of each predicted link type (1-0: "is this omission real?").
//
//   build/bench/align-eval --gold ../shared/corpora/gold-align/textberg-de-fr --lang-pair de-fr --files test
//   build/bench/align-eval --gold DIR --lang-pair fr-en --min-f1 0.8   (exit 1 below the floor: for ctest)
#include <algorithm>
#include <filesystem>
#include <functional>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>

#include <CLI/CLI.hpp>

#include "aligners/alignment_score.h"
#include "aligners/anchor_aligner.h"
#include "aligners/default_aligner.h"
#include "aligners/link_format.h"
#include "aligners/presegmented.h"
#include "checker/model/error.h"
#include "checker/reading/text_file.h"
#include "checker/segmentation/segmenter.h"

namespace {

using namespace concord;

std::unique_ptr<Document> loadPresegmented(const std::filesystem::path& path, const std::string& lang) {
  auto doc =
      std::make_unique<Document>(path.string(), readArticleFile(path.string()), lang, TextFormat::plain);
  const Segmenter segmenter(lang, loadAbbreviations(lang));
  aligners::segmentPresegmented(*doc, segmenter);
  return doc;
}

std::string fixed(double value, int digits = 3) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(digits) << value;
  return out.str();
}

int run(int argc, char** argv) {
  CLI::App app{"Scores a sentence aligner against gold links ([src ids]:[tgt ids] per line)"};
  std::string gold_dir, lang_pair, aligner_name = "default";
  std::vector<std::string> prefixes;
  double min_f1 = -1;
  bool print_links = false;
  double confident_at = 0.5;
  app.add_option("--gold", gold_dir, "Folder with X.<src>, X.<tgt> and gold X.<src><tgt> files")->required();
  app.add_option("--lang-pair", lang_pair, "Source and target language, e.g. de-fr")->required();
  app.add_option("--files", prefixes, "Only file stems starting with these (e.g. test); default: all but dev")
      ->delimiter(',');
  app.add_option("--aligner", aligner_name, "Aligner: default, anchor, gale-church");
  app.add_option("--min-f1", min_f1, "Exit 1 when strict F1 is below this floor");
  std::vector<std::string> min_recalls, min_precisions;
  app.add_option("--min-recall", min_recalls,
                 "Exit 1 when a link type's recall is below a floor, e.g. 1-0=0.6");
  app.add_option("--min-precision", min_precisions,
                 "Exit 1 when a predicted link type's precision is below a floor, e.g. 1-0=0.6");
  app.add_option("--confident-at", confident_at,
                 "Also score 1-0/0-1 links at or above this confidence (default 0.5: below it, an omission "
                 "or addition finding is only an info)");
  std::vector<std::string> min_confident;
  app.add_option("--min-confident-precision", min_confident,
                 "Exit 1 when the precision of a confident link type is below a floor, e.g. 1-0=0.6");
  app.add_flag("--print", print_links, "Print each file's predicted links that are not gold");
  std::vector<std::string> settings;
  app.add_option("--set", settings, "Anchor aligner weight, e.g. --set skip=4.5 (for tuning on dev only)");
  CLI11_PARSE(app, argc, argv);

  const auto dash = lang_pair.find('-');
  if (dash == std::string::npos) throw UserError("--lang-pair", "expected SRC-TGT, e.g. de-fr");
  const std::string src = lang_pair.substr(0, dash), tgt = lang_pair.substr(dash + 1);
  aligners::AnchorWeights weights;
  // Every weight a tuning run may set, by the name --set takes.
  const std::map<std::string, std::function<void(double)>> setters = {
      {"length", [&](double v) { weights.length = v; }},
      {"lexical", [&](double v) { weights.lexical = v; }},
      {"likelihood", [&](double v) { weights.likelihood = v; }},
      {"skip", [&](double v) { weights.skip = v; }},
      {"punctuation", [&](double v) { weights.punctuation = v; }},
      {"paragraph", [&](double v) { weights.paragraph = v; }},
      {"variance", [&](double v) { weights.variance = v; }},
      {"band", [&](double v) { weights.band = static_cast<std::size_t>(v); }},
      {"refine-band", [&](double v) { weights.refine_band = static_cast<std::size_t>(v); }},
      {"match-number", [&](double v) { weights.match.of[0] = static_cast<float>(v); }},
      {"match-name", [&](double v) { weights.match.of[1] = static_cast<float>(v); }},
      {"match-lexicon", [&](double v) { weights.match.of[2] = static_cast<float>(v); }},
      {"match-other", [&](double v) { weights.match.of[3] = static_cast<float>(v); }},
      {"match-pseudo", [&](double v) { weights.match_pseudo = v; }},
      {"expect-scale", [&](double v) { weights.expect_scale = v; }},
      {"dead-member", [&](double v) { weights.dead_member = v; }},
      {"moved-cost", [&](double v) { weights.moved_cost = v; }},
      {"moved-window", [&](double v) { weights.moved_window = static_cast<std::size_t>(v); }},
      {"moved-extra-sentence", [&](double v) { weights.moved_extra_sentence = v; }},
      {"crossed-words", [&](double v) { weights.crossed_words = static_cast<int>(v); }},
      {"crossed-length-gain", [&](double v) { weights.crossed_length_gain = v; }},
  };
  for (const std::string& setting : settings) {
    const auto eq = setting.find('=');
    const std::string key = setting.substr(0, eq);
    const double value = eq == std::string::npos ? 0 : std::stod(setting.substr(eq + 1));
    const auto setter = setters.find(key);
    if (setter == setters.end()) throw UserError("--set", "unknown weight '" + key + "'");
    setter->second(value);
  }
  const aligners::AnchorAligner tuned(weights);
  const Aligner& aligner = settings.empty() ? aligners::alignerNamed(aligner_name) : tuned;

  std::vector<std::string> stems;
  for (const auto& entry : std::filesystem::directory_iterator(gold_dir)) {
    if (entry.path().extension() != "." + src + tgt) continue;
    const std::string stem = entry.path().stem().string();
    const bool chosen = prefixes.empty()
                            ? stem != "dev"
                            : std::any_of(prefixes.begin(), prefixes.end(),
                                          [&](const std::string& p) { return stem.starts_with(p); });
    if (chosen) stems.push_back(stem);
  }
  std::sort(stems.begin(), stems.end());
  if (stems.empty()) throw UserError(gold_dir, "no gold files *." + src + tgt + " selected");

  aligners::AlignmentScore total;
  for (const std::string& stem : stems) {
    const std::filesystem::path base = std::filesystem::path(gold_dir) / stem;
    const auto source = loadPresegmented(base.string() + "." + src, src);
    const auto target = loadPresegmented(base.string() + "." + tgt, tgt);
    const std::string gold_path = base.string() + "." + src + tgt;
    const auto gold = aligners::parseIdLinks(readDataFile(gold_path), gold_path);
    const Alignment alignment = aligner.align(*source, *target);
    const auto predicted = aligners::toIdLinks(alignment);
    aligners::AlignmentScore file;
    file.add(gold, predicted);
    total.add(gold, predicted);
    const std::vector<double> confidences = aligners::idLinkConfidences(alignment);
    total.addConfident(gold, predicted, confidences, confident_at);
    std::cout << stem << ": " << source->sentences().size() << "/" << target->sentences().size()
              << " sentences, strict F1 " << fixed(file.strictF1()) << ", lax F1 " << fixed(file.laxF1())
              << '\n';
    for (const std::string& note : alignment.notes) std::cout << "  note: " << note << '\n';
    if (print_links) {
      const std::set<aligners::IdLink> gold_set(gold.begin(), gold.end());
      for (std::size_t k = 0; k < predicted.size(); ++k)
        if (!gold_set.count(predicted[k]))
          std::cout << "  wrong " << aligners::formatIdLink(predicted[k]) << "  confidence "
                    << fixed(confidences[k], 2) << '\n';
      const std::set<aligners::IdLink> predicted_set(predicted.begin(), predicted.end());
      for (const auto& link : gold)
        if (!predicted_set.count(link)) std::cout << "  missed " << aligners::formatIdLink(link) << '\n';
    }
  }
  std::cout << "\naligner " << aligner_name << ", " << stems.size() << " file pairs\n"
            << "strict  P " << fixed(total.strictPrecision()) << "  R " << fixed(total.strictRecall())
            << "  F1 " << fixed(total.strictF1()) << '\n'
            << "lax     P " << fixed(total.laxPrecision()) << "  R " << fixed(total.laxRecall()) << "  F1 "
            << fixed(total.laxF1()) << '\n'
            << "gold link type: found/gold (recall); predicted: right/predicted (precision)\n";
  std::set<std::string> types;
  for (const auto& [type, counts] : total.gold_by_type) types.insert(type);
  for (const auto& [type, counts] : total.predicted_by_type) types.insert(type);
  for (const std::string& type : types) {
    const auto g =
        total.gold_by_type.count(type) ? total.gold_by_type.at(type) : std::pair<std::size_t, std::size_t>{};
    const auto p = total.predicted_by_type.count(type) ? total.predicted_by_type.at(type)
                                                       : std::pair<std::size_t, std::size_t>{};
    std::cout << "  " << std::setw(5) << type << "  recall " << g.second << "/" << g.first << " ("
              << fixed(total.typeRecall(type), 2) << ")  precision " << p.second << "/" << p.first << " ("
              << fixed(total.typePrecision(type), 2) << ")\n";
  }
  // Omissions and additions as a check reports them: warnings only at or above the threshold.
  for (const std::string type : {"1-0", "0-1"}) {
    const auto g =
        total.gold_by_type.count(type) ? total.gold_by_type.at(type) : std::pair<std::size_t, std::size_t>{};
    const auto c = total.confident_by_type.count(type) ? total.confident_by_type.at(type)
                                                       : std::pair<std::size_t, std::size_t>{};
    std::cout << "  " << type << " at confidence >= " << fixed(confident_at, 2) << "  recall " << c.second
              << "/" << g.first << " (" << fixed(total.confidentRecall(type), 2) << ")  precision "
              << c.second << "/" << c.first << " (" << fixed(total.confidentPrecision(type), 2) << ")\n";
  }
  int status = 0;
  if (min_f1 >= 0 && total.strictF1() < min_f1) {
    std::cout << "FAIL: strict F1 " << fixed(total.strictF1()) << " is below the floor " << min_f1 << '\n';
    status = 1;
  }
  // "TYPE=FLOOR" against the per-type figures printed above.
  auto checkFloors = [&](const std::vector<std::string>& floors, const char* what, auto figure) {
    for (const std::string& floor : floors) {
      const auto eq = floor.find('=');
      if (eq == std::string::npos)
        throw UserError("--min-" + std::string(what), "expected TYPE=FLOOR, got " + floor);
      const std::string type = floor.substr(0, eq);
      const double value = std::stod(floor.substr(eq + 1)), measured = figure(type);
      if (measured < value) {
        std::cout << "FAIL: " << type << " " << what << " " << fixed(measured) << " is below the floor "
                  << value << '\n';
        status = 1;
      }
    }
  };
  checkFloors(min_recalls, "recall", [&](const std::string& type) { return total.typeRecall(type); });
  checkFloors(min_precisions, "precision",
              [&](const std::string& type) { return total.typePrecision(type); });
  checkFloors(min_confident, "confident precision",
              [&](const std::string& type) { return total.confidentPrecision(type); });
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const UserError& e) {
    std::cerr << "align-eval: " << e.what() << '\n';
    return 2;
  } catch (const std::logic_error& e) {  // a number that does not parse in --set or a floor
    std::cerr << "align-eval: bad number: " << e.what() << '\n';
    return 2;
  }
}
