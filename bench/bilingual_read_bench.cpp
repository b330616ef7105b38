// Reading time of a 10 MB bilingual file of each format (XLIFF 1.2, XLIFF 2.0, TMX, PO): parsing and the
// analysis texts, no segmentation or rules. The files repeat the seed pair's paragraphs until 10 MB.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <benchmark/benchmark.h>

#include "checker/reading/bilingual_file.h"
#include "checker/reading/text_file.h"

namespace {

constexpr std::size_t kTargetBytes = 10u * 1024u * 1024u;

std::vector<std::string> paragraphs(const std::string& path) {
  std::vector<std::string> result;
  std::istringstream in(concord::readArticleFile(path));
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) result.push_back(line);
  }
  return result;
}

std::string xmlEscaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else
      out += c;
  }
  return out;
}

std::string poQuoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// The unit of each format for one pair of paragraphs, numbered `n`.
std::string unitOf(const std::string& format, std::size_t n, const std::string& s, const std::string& t) {
  const std::string id = std::to_string(n);
  if (format == "xlf")
    return "<trans-unit id=\"" + id + "\"><source>" + xmlEscaped(s) + "</source>\n<target>" + xmlEscaped(t) +
           "</target></trans-unit>\n";
  if (format == "xliff")
    return "<unit id=\"u" + id + "\"><segment><source>" + xmlEscaped(s) + "</source>\n<target>" +
           xmlEscaped(t) + "</target></segment></unit>\n";
  if (format == "tmx")
    return "<tu><tuv xml:lang=\"fr\"><seg>" + xmlEscaped(s) + "</seg></tuv>\n<tuv xml:lang=\"en\"><seg>" +
           xmlEscaped(t) + "</seg></tuv></tu>\n";
  return "msgctxt \"" + id + "\"\nmsgid " + poQuoted(s) + "\nmsgstr " + poQuoted(t) + "\n\n";
}

std::string makeFile(const std::string& format) {
  const auto source = paragraphs(CONCORD_REPO_DIR "/corpora/belgorod/source.fr.txt");
  const auto target = paragraphs(CONCORD_REPO_DIR "/corpora/belgorod/target.en.txt");
  std::string head, tail;
  if (format == "xlf") {
    head = "<xliff version=\"1.2\"><file source-language=\"fr\" target-language=\"en\"><body>\n";
    tail = "</body></file></xliff>\n";
  } else if (format == "xliff") {
    head = "<xliff version=\"2.0\" srcLang=\"fr\" trgLang=\"en\"><file id=\"f\">\n";
    tail = "</file></xliff>\n";
  } else if (format == "tmx") {
    head = "<tmx version=\"1.4\"><header srclang=\"fr\" segtype=\"paragraph\"/><body>\n";
    tail = "</body></tmx>\n";
  } else {
    head = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\nLanguage: en\\n\"\n\n";
  }
  std::string out = head;
  for (std::size_t n = 0; out.size() < kTargetBytes; ++n)
    out += unitOf(format, n, source[n % source.size()], target[n % target.size()]);
  const auto path = std::filesystem::temp_directory_path() / ("concord_bench_10mb." + format);
  std::ofstream(path, std::ios::binary) << out << tail;
  return path.string();
}

void readBilingual(benchmark::State& state, const std::string& format) {
  const std::string path = makeFile(format);
  const std::string bytes = concord::readArticleFile(path);
  std::size_t units = 0;
  for (auto _ : state) {
    const concord::BilingualFile file = concord::readBilingualFile(path, bytes, "");
    units = file.units.size();
    benchmark::DoNotOptimize(units);
  }
  state.counters["MB"] = static_cast<double>(bytes.size()) / 1e6;
  state.counters["units"] = static_cast<double>(units);
  std::filesystem::remove(path);
}

BENCHMARK_CAPTURE(readBilingual, xliff_1_2, std::string("xlf"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(readBilingual, xliff_2_0, std::string("xliff"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(readBilingual, tmx_1_4, std::string("tmx"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(readBilingual, po, std::string("po"))->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
