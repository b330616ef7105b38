// Tables built once per key and shared: what a batch's workers and every DictionarySet of a process read.
#include "checker/model/load_once.h"

#include <chrono>
#include <condition_variable>
#include <future>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "checker/segmentation/segmenter.h"
#include "dictionaries/dictionary_set.h"

namespace concord {
namespace {

TEST(LoadOnce, BuildsEachKeyOnceAndKeepsItsValueInPlace) {
  const LoadOnce<std::string, std::string> table;
  int builds = 0;
  const std::string& first = table.get("fr", [&] { return ++builds, std::string("French"); });
  const std::string& again = table.get("fr", [&] { return ++builds, std::string("other"); });
  table.get("de", [&] { return ++builds, std::string("German"); });
  EXPECT_EQ(&first, &again);
  EXPECT_EQ(again, "French");
  EXPECT_EQ(builds, 2);
}

TEST(LoadOnce, AFailedBuildIsTriedAgain) {
  const LoadOnce<std::string, int> table;
  EXPECT_THROW(table.get("x", []() -> int { throw std::runtime_error("bad line"); }), std::runtime_error);
  EXPECT_EQ(table.get("x", [] { return 7; }), 7);
}

// Two keys are built at the same time: the build of "fr" waits until the build of "de" has started, which it
// never could behind one lock for the whole table. The wait is bounded so that a regression fails instead of
// hanging; it is a deadlock guard, not a timing measurement.
TEST(LoadOnce, TwoKeysAreBuiltAtOnce) {
  const LoadOnce<std::string, bool> table;
  std::mutex mutex;
  std::condition_variable changed;
  bool german_started = false;
  auto french = std::async(std::launch::async, [&] {
    return table.get("fr", [&] {
      std::unique_lock lock(mutex);
      return changed.wait_for(lock, std::chrono::seconds(30), [&] { return german_started; });
    });
  });
  auto german = std::async(std::launch::async, [&] {
    return table.get("de", [&] {
      const std::lock_guard lock(mutex);
      german_started = true;
      changed.notify_all();
      return true;
    });
  });
  EXPECT_TRUE(german.get());
  EXPECT_TRUE(french.get()) << "the build of one key waited for the build of another";
}

TEST(LoadOnce, DictionarySetsShareOneLoadedHunspellDictionary) {
  const DictionarySet first, second;
  if (first.hunspell("en") == nullptr) GTEST_SKIP() << "no English Hunspell dictionary installed";
  EXPECT_EQ(first.hunspell("en"), second.hunspell("en"));
  EXPECT_NE(first.hunspell("en"), first.hunspell("fr"));
}

TEST(LoadOnce, OneSegmenterPerLanguage) {
  EXPECT_EQ(&segmenterFor("fr"), &segmenterFor("fr"));
  EXPECT_NE(&segmenterFor("fr"), &segmenterFor("de"));
  const std::string text = "M. Dupont est arrivé. Il a parlé.";
  EXPECT_EQ(segmenterFor("fr").sentences(text, {0, text.size()}).size(), 2u);
}

}  // namespace
}  // namespace concord
