// Whole-pipeline benchmarks on the seed pair: reading+segmenting, aligning, and the full check.
// Report figures as ratios: BM_Segment is the baseline the others are compared with in the same run.
#include <benchmark/benchmark.h>

#include "checker/pipeline/pipeline.h"
#include "dictionaries/dictionary_set.h"

namespace {

const concord::ArticleInput kSource{CONCORD_REPO_DIR "/corpora/belgorod/source.fr.txt", std::nullopt, ""};
const concord::ArticleInput kTarget{CONCORD_REPO_DIR "/corpora/belgorod/target.en.txt", std::nullopt, ""};

void BM_ReadSegmentAlign(benchmark::State& state) {
  const concord::CheckOptions options;
  for (auto _ : state) benchmark::DoNotOptimize(concord::alignPair(kSource, kTarget, options));
}
BENCHMARK(BM_ReadSegmentAlign)->Unit(benchmark::kMillisecond);

void BM_CheckSeed(benchmark::State& state) {
  const concord::CheckOptions options;
  const concord::DictionarySet dictionaries;
  for (auto _ : state) benchmark::DoNotOptimize(concord::checkPair(kSource, kTarget, options, dictionaries));
}
BENCHMARK(BM_CheckSeed)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
