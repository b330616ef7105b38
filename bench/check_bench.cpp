// Whole-pipeline benchmarks on the seed pair: reading+segmenting, aligning, the full check, and recording
// the checked pair in a findings history (`--history`). Report figures as ratios against BM_CheckSeed in
// the same run.
#include <filesystem>
#include <memory>

#include <benchmark/benchmark.h>

#include "checker/history/history_recorder.h"
#include "checker/output/report.h"
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

// One pair and its findings (the seed's) written as `concord check --history` writes it: one transaction
// on a WAL file, on the temporary folder's disk.
void BM_RecordSeedInHistory(benchmark::State& state) {
  const concord::CheckOptions options;
  const concord::DictionarySet dictionaries;
  const concord::PairReport pair = concord::reportFromResult(
      std::make_shared<concord::CheckResult>(concord::checkPair(kSource, kTarget, options, dictionaries)));
  const auto path = std::filesystem::temp_directory_path() / "concord-bench-history.db";
  std::filesystem::remove(path);
  {
    concord::history::HistoryRecorder recorder(path.string());
    for (auto _ : state) recorder.record(pair);
    if (recorder.error()) state.SkipWithError(recorder.error()->c_str());
  }
  state.counters["findings"] = static_cast<double>(pair.findings.size());
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
}
BENCHMARK(BM_RecordSeedInHistory)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
