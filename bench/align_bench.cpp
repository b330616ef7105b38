// Aligning synthetic 1k, 10k and 100k-sentence pairs with the anchor aligner: time and memory, on two
// made-up vocabularies (every word a new spelling; Zipf-distributed words as real text has them).
// Figures are ratios against the same vocabulary's 1k pair measured in the same run (counters time_vs_1k,
// cells_vs_1k, plus dp_cells and the band). Linear time means ratios of about 10 and 100. peak_rss_mb is the
// peak resident memory of this pair's run, its documents included (Linux VmHWM, reset before each pair).
#include <chrono>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <malloc.h>
#include <sys/resource.h>

#include "aligners/anchor_aligner.h"
#include "aligners/presegmented.h"
#include "checker/segmentation/segmenter.h"

namespace {

using namespace concord;

// A made-up language pair: the target sentence keeps the source's numbers and names, respells its words
// (so some still look like cognates), and is ~10% longer. 2% of source sentences are left out, 2% of
// target sentences are merged pairs. `sentencePair` makes one source sentence and its translation.
template <typename SentencePair>
std::pair<std::string, std::string> syntheticPair(std::size_t sentences, std::mt19937& rng,
                                                  SentencePair sentencePair) {
  std::uniform_int_distribution<int> percent(0, 99);
  std::string source, target, pending;
  for (std::size_t s = 0; s < sentences; ++s) {
    const auto [src, tgt] = sentencePair();
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

std::string randomWord(std::mt19937& rng) {
  std::uniform_int_distribution<int> letters(2, 10), letter(0, 25);
  std::string w;
  for (int k = letters(rng); k > 0; --k) w += static_cast<char>('a' + letter(rng));
  return w;
}

// Every word drawn afresh (random letters), and so is the translation of each non-cognate word: nearly
// every word of a long pair is a new spelling, the worst case for the per-spelling caches and the key table.
std::pair<std::string, std::string> randomVocabularyPair(std::size_t sentences, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> words(6, 28), percent(0, 99), number(1, 9999);
  return syntheticPair(sentences, rng, [&] {
    std::string src, tgt;
    const int count = words(rng);
    for (int k = 0; k < count; ++k) {
      const int kind = percent(rng);
      std::string w = kind < 5 ? std::to_string(number(rng)) : randomWord(rng);
      if (kind >= 5 && kind < 12) w[0] = static_cast<char>(w[0] - 'a' + 'A');  // a name, kept as is
      if (k) src += ' ';
      src += w;
      std::string t = kind < 12 ? w : (kind < 40 ? w : randomWord(rng));
      if (kind >= 12 && kind < 40) t += 'e';
      if (k) tgt += ' ';
      tgt += t;
      if (percent(rng) < 10) {
        tgt += ' ';
        tgt += randomWord(rng);
      }
    }
    return std::pair{src, tgt};
  });
}

// Words drawn from `vocabulary` source words with Zipf frequencies (rank r has weight 1/r), each with one
// fixed translation (7 % names kept as is, 28 % cognates, the rest another word), plus 5 % numbers: real
// text repeats its words (a 100,000-sentence news archive uses some tens of thousands of word forms).
std::pair<std::string, std::string> zipfVocabularyPair(std::size_t sentences, unsigned seed,
                                                       std::size_t vocabulary) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> words(6, 28), percent(0, 99), number(1, 9999);
  std::vector<std::string> source_words, target_words;
  std::vector<double> weights;
  for (std::size_t r = 1; r <= vocabulary; ++r) {
    const int kind = percent(rng);
    std::string w = randomWord(rng);
    if (kind < 7) w[0] = static_cast<char>(w[0] - 'a' + 'A');
    target_words.push_back(kind < 7 ? w : kind < 35 ? w + 'e' : randomWord(rng));
    source_words.push_back(std::move(w));
    weights.push_back(1.0 / static_cast<double>(r));
  }
  std::discrete_distribution<std::size_t> zipf(weights.begin(), weights.end());
  return syntheticPair(sentences, rng, [&] {
    std::string src, tgt;
    const int count = words(rng);
    for (int k = 0; k < count; ++k) {
      std::string w, t;
      if (percent(rng) < 5) {
        w = t = std::to_string(number(rng));
      } else {
        const std::size_t r = zipf(rng);
        w = source_words[r], t = target_words[r];
      }
      if (k) src += ' ', tgt += ' ';
      src += w;
      tgt += t;
      if (percent(rng) < 10) tgt += ' ' + target_words[zipf(rng)];
    }
    return std::pair{src, tgt};
  });
}

// Which made-up pair a benchmark aligns.
enum class Vocabulary { random, zipf };
constexpr std::size_t kZipfWords = 50000;

struct Pair {
  Vocabulary vocabulary{};
  std::size_t sentences = 0;
  std::unique_ptr<Document> source, target;
};

// Only the pair being measured is kept, so that the memory figure is its own.
const Pair& pairOf(Vocabulary vocabulary, std::size_t sentences) {
  static Pair pair;
  if (!pair.source || pair.vocabulary != vocabulary || pair.sentences != sentences) {
    pair = {};
    auto [src, tgt] = vocabulary == Vocabulary::random ? randomVocabularyPair(sentences, 42)
                                                       : zipfVocabularyPair(sentences, 42, kZipfWords);
    pair.vocabulary = vocabulary;
    pair.sentences = sentences;
    pair.source = std::make_unique<Document>("synthetic.fr", std::move(src), "fr", TextFormat::plain);
    pair.target = std::make_unique<Document>("synthetic.en", std::move(tgt), "en", TextFormat::plain);
    const Segmenter fr("fr", {}), en("en", {});
    aligners::segmentPresegmented(*pair.source, fr);
    aligners::segmentPresegmented(*pair.target, en);
  }
  return pair;
}

// Peak resident memory since the last reset: Linux resets VmHWM when "5" is written to clear_refs. Where
// it cannot be reset, the process's peak so far (getrusage), which the pairs' increasing sizes keep close.
void resetPeakMemory() {
  malloc_trim(0);  // give the previous pair's freed pages back first, or they count in this pair's peak
  std::ofstream("/proc/self/clear_refs") << "5";
}
double peakMemoryMb() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;  // "VmHWM:  123 kB"
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

struct Baseline {
  double seconds = 0;
  double cells = 0;
};
Baseline& baseline(Vocabulary vocabulary) {
  static std::map<Vocabulary, Baseline> baselines;
  return baselines[vocabulary];
}

void alignSynthetic(benchmark::State& state, Vocabulary vocabulary) {
  const auto sentences = static_cast<std::size_t>(state.range(0));
  const Pair& pair = pairOf(vocabulary, sentences);
  resetPeakMemory();
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
  Baseline& base = baseline(vocabulary);
  if (sentences == 1000) base = {mean, static_cast<double>(stats.dp_cells)};
  state.counters["dp_cells"] = static_cast<double>(stats.dp_cells);
  state.counters["peak_rss_mb"] = peakMemoryMb();
  state.counters["band"] = static_cast<double>(stats.half_width);
  if (base.seconds > 0) {
    state.counters["time_vs_1k"] = mean / base.seconds;
    state.counters["cells_vs_1k"] = static_cast<double>(stats.dp_cells) / base.cells;
  }
}

void BM_AlignSynthetic(benchmark::State& state) { alignSynthetic(state, Vocabulary::random); }
void BM_AlignZipfVocabulary(benchmark::State& state) { alignSynthetic(state, Vocabulary::zipf); }

// The 1k pair of each runs first: it is the baseline of the ratios. It runs 30 times (a few alignments of
// 40 ms are too few to be a steady baseline on a shared machine), the 10k pair 5 times, the 100k pair 3.
void registerSizes(const char* name, void (*run)(benchmark::State&)) {
  for (const auto& [sentences, iterations] : {std::pair{1000, 30}, {10000, 5}, {100000, 3}})
    benchmark::RegisterBenchmark(name, run)
        ->Arg(sentences)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(iterations);
}
const bool kRegistered = [] {
  registerSizes("BM_AlignSynthetic", BM_AlignSynthetic);
  registerSizes("BM_AlignZipfVocabulary", BM_AlignZipfVocabulary);
  return true;
}();

}  // namespace

BENCHMARK_MAIN();
