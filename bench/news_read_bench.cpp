// Reading time of a 10 MB ninjs document and a 10 MB NewsML-G2 news item: parsing, laying the text at its
// bytes and the HTML body's paragraphs, no segmentation or rules. The files are the seed pair's news items
// (tests/data/news/) with their body repeated to 10 MB: ninjs 2.x with an HTML body and ninjs 1.x with
// body_text all in \u escapes; NewsML-G2 with an XHTML inlineXML and with inlineData, and a newsMessage
// whose item's inlineXML holds the HTML in CDATA.
#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "checker/reading/news_article.h"
#include "checker/reading/text_file.h"

namespace {

constexpr std::size_t kTargetBytes = 10u * 1024u * 1024u;

std::string fixture(const std::string& name) {
  return concord::readArticleFile(CONCORD_REPO_DIR "/tests/data/news/" + name);
}

// The ninjs item with its body (`field`, a pointer) repeated until the file is 10 MB.
std::string bigNinjs(const std::string& name, const std::string& field, bool ascii) {
  nlohmann::json item = nlohmann::json::parse(fixture(name));
  const std::string body = item[nlohmann::json::json_pointer(field)];
  std::string big;
  while (big.size() < kTargetBytes) big += body + "\n";
  item[nlohmann::json::json_pointer(field)] = big;
  return item.dump(2, ' ', ascii);
}

// The news item with the text between `from` and `to` repeated until the file is 10 MB.
std::string bigNewsMl(const std::string& name, const std::string& from, const std::string& to) {
  const std::string item = fixture(name);
  const std::size_t begin = item.find(from) + from.size();
  const std::size_t end = item.find(to, begin);
  const std::string body = item.substr(begin, end - begin);
  std::string out = item.substr(0, begin);
  while (out.size() < kTargetBytes) out += body + "\n";
  return out + item.substr(end);
}

// The XHTML item as a newsMessage whose inlineXML holds its HTML in a CDATA section, as some CMSs send it.
std::string bigNewsMessageWithCdata() {
  std::string item = bigNewsMl("belgorod.fr.xml", "<body>\n", "        </body>");
  const std::size_t open = item.find('>', item.find("<inlineXML")) + 1;
  item.insert(open, "<![CDATA[");
  item.insert(item.find("</inlineXML>"), "]]>");
  item.erase(0, item.find("<newsItem"));
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsMessage "
         "xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><header/><itemSet>\n" +
         item + "</itemSet></newsMessage>\n";
}

void read(benchmark::State& state, const std::string& path, const std::string& bytes) {
  std::size_t paragraphs = 0;
  for (auto _ : state) {
    const auto article = concord::readNewsArticle(path, bytes, concord::formatOfPath(path));
    paragraphs = article->paragraphs.size() + article->wire_copy.size();
    benchmark::DoNotOptimize(paragraphs);
  }
  state.counters["MB"] = static_cast<double>(bytes.size()) / 1e6;
  state.counters["blocks"] = static_cast<double>(paragraphs);
}

void readNinjsHtmlBody(benchmark::State& state) {
  read(state, "bench.ninjs.json", bigNinjs("belgorod.fr.ninjs.json", "/bodies/0/value", false));
}
void readNinjsEscapedText(benchmark::State& state) {
  read(state, "bench.ninjs.json", bigNinjs("belgorod.en.ninjs.json", "/body_text", true));
}
void readNewsMlXhtml(benchmark::State& state) {
  read(state, "bench.xml", bigNewsMl("belgorod.fr.xml", "<body>\n", "        </body>"));
}
void readNewsMlInlineData(benchmark::State& state) {
  read(state, "bench.xml",
       bigNewsMl("belgorod.en.xml", "<inlineData contenttype=\"text/plain\">", "</inlineData>"));
}

void readNewsMessageCdata(benchmark::State& state) { read(state, "bench.xml", bigNewsMessageWithCdata()); }

BENCHMARK(readNinjsHtmlBody)->Unit(benchmark::kMillisecond);
BENCHMARK(readNinjsEscapedText)->Unit(benchmark::kMillisecond);
BENCHMARK(readNewsMlXhtml)->Unit(benchmark::kMillisecond);
BENCHMARK(readNewsMlInlineData)->Unit(benchmark::kMillisecond);
BENCHMARK(readNewsMessageCdata)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
