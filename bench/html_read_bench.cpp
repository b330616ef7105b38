// Reading time of a 10 MB HTML article page: gumbo's parse and the analysis text, no segmentation or rules.
// The page is the seed target page (tests/data/html/belgorod.en.html) with its story body repeated to 10 MB.
#include <benchmark/benchmark.h>

#include "checker/reading/html_article.h"
#include "checker/reading/text_file.h"

namespace {

constexpr std::size_t kTargetBytes = 10u * 1024u * 1024u;

std::string makePage() {
  const std::string page = concord::readArticleFile(CONCORD_REPO_DIR "/tests/data/html/belgorod.en.html");
  const std::size_t body = page.find("<div class=\"story-body\"");
  const std::size_t end = page.find("</article>", body);
  const std::string story = page.substr(body, end - body);
  std::string out = page.substr(0, body);
  while (out.size() < kTargetBytes) out += story;
  return out + page.substr(end);
}

void readHtml(benchmark::State& state) {
  const std::string bytes = makePage();
  std::size_t paragraphs = 0;
  for (auto _ : state) {
    const concord::HtmlArticle article = concord::readHtmlArticle("bench.html", bytes);
    paragraphs = article.paragraphs.size();
    benchmark::DoNotOptimize(paragraphs);
  }
  state.counters["MB"] = static_cast<double>(bytes.size()) / 1e6;
  state.counters["paragraphs"] = static_cast<double>(paragraphs);
}

BENCHMARK(readHtml)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
