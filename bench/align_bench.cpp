// Aligning synthetic 1k, 10k and 100k-sentence pairs with the anchor aligner: time and memory.
// Figures are ratios against the 1k pair measured in the same run (counters time_vs_1k, cells_vs_1k,
// plus dp_cells and the band). Linear time and memory mean ratios of about 10 and 100. peak_rss_mb is the
// process's peak resident memory so far (getrusage): the pairs run in increasing size, so it is the peak of
// this size's run, documents included.
#include <chrono>
#include <map>
#include <memory>
#include <random>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include "aligners/anchor_aligner.h"
#include "aligners/presegmented.h"
#include "checker/segmenter.h"

namespace {

using namespace concord;

// A made-up language pair: the target sentence keeps the source's numbers and names, respells its words
// (so some still look like cognates), and is ~10% longer. 2% of source sentences are left out, 2% of
// target sentences are merged pairs.
std::pair<std::string, std::string> syntheticPair(std::size_t sentences, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> words(6, 28), letters(2, 10), letter(0, 25), percent(0, 99),
      number(1, 9999);
  auto word = [&] {
    std::string w;
    for (int k = letters(rng); k > 0; --k) w += static_cast<char>('a' + letter(rng));
    return w;
  };
  std::string source, target, pending;
  for (std::size_t s = 0; s < sentences; ++s) {
    std::string src, tgt;
    const int count = words(rng);
    for (int k = 0; k < count; ++k) {
      const int kind = percent(rng);
      std::string w = kind < 5 ? std::to_string(number(rng)) : word();
      if (kind >= 5 && kind < 12) w[0] = static_cast<char>(w[0] - 'a' + 'A');  // a name, kept as is
      if (k) src += ' ';
      src += w;
      std::string t = kind < 12 ? w : (kind < 40 ? w : word());
      if (kind >= 12 && kind < 40) t += 'e';
      if (k) tgt += ' ';
      tgt += t;
      if (percent(rng) < 10) {
        tgt += ' ';
        tgt += word();
      }
    }
    source.append(src).append(".\n");
    const int fate = percent(rng);
    if (fate < 2) continue;  // omitted
    if (fate < 4 && pending.empty()) {
      pending = tgt;
      pending += '.';
      continue;
    }
    if (!pending.empty()) target.append(pending).append(" ");
    target.append(tgt).append(".\n");
    pending.clear();
  }
  if (!pending.empty()) target.append(pending).append("\n");
  return {source, target};
}

struct Pair {
  std::unique_ptr<Document> source, target;
};

const Pair& pairOf(std::size_t sentences) {
  static std::map<std::size_t, Pair> cache;
  auto& pair = cache[sentences];
  if (!pair.source) {
    auto [src, tgt] = syntheticPair(sentences, 42);
    pair.source = std::make_unique<Document>("synthetic.fr", std::move(src), "fr", TextFormat::plain);
    pair.target = std::make_unique<Document>("synthetic.en", std::move(tgt), "en", TextFormat::plain);
    const Segmenter fr("fr", {}), en("en", {});
    aligners::segmentPresegmented(*pair.source, fr);
    aligners::segmentPresegmented(*pair.target, en);
  }
  return pair;
}

struct Baseline {
  double seconds = 0;
  double cells = 0;
};
Baseline& baseline() {
  static Baseline b;
  return b;
}

void BM_AlignSynthetic(benchmark::State& state) {
  const auto sentences = static_cast<std::size_t>(state.range(0));
  const Pair& pair = pairOf(sentences);
  const aligners::AnchorAligner aligner;
  aligners::AnchorStats stats;
  benchmark::DoNotOptimize(aligner.align(*pair.source, *pair.target, stats));  // warm-up: lexicon load
  double seconds = 0;
  std::size_t runs = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(aligner.align(*pair.source, *pair.target, stats));
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ++runs;
  }
  const double mean = seconds / static_cast<double>(runs);
  if (sentences == 1000) baseline() = {mean, static_cast<double>(stats.dp_cells)};
  state.counters["dp_cells"] = static_cast<double>(stats.dp_cells);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_mb"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
  state.counters["band"] = static_cast<double>(stats.half_width);
  if (baseline().seconds > 0) {
    state.counters["time_vs_1k"] = mean / baseline().seconds;
    state.counters["cells_vs_1k"] = static_cast<double>(stats.dp_cells) / baseline().cells;
  }
}
// The 1k pair runs first: it is the baseline of the ratios.
BENCHMARK(BM_AlignSynthetic)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
