// The pair's deadline reaches the loops of reading, segmentation and alignment (issue 29): a huge side stops
// when its time is up, not after it has been read, segmented and aligned whole.
#include "checker/model/current_deadline.h"

#include <chrono>
#include <thread>

#include <gtest/gtest.h>

#include "aligners/anchor_aligner.h"
#include "checker/model/time_limit_exceeded.h"
#include "checker/reading/language.h"
#include "checker/segmentation/segmenter.h"
#include "tests/support/presegmented_document.h"

namespace concord {
namespace {

// A deadline that has certainly passed by the time anything checks it.
Deadline passedDeadline() {
  Deadline deadline(1e-6, "story.fr.txt", "story.en.txt");
  std::this_thread::sleep_for(std::chrono::milliseconds(2));
  return deadline;
}

std::string manySentences(std::size_t count) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) text += "The council met on Monday and voted on the budget. ";
  return text + "\n";
}

TEST(CurrentDeadline, OutsideAScopeNothingStops) {
  const Deadline passed = passedDeadline();
  EXPECT_NO_THROW(checkCurrentDeadline());
  Document doc("story.en.txt", manySentences(200), "en", TextFormat::plain);
  EXPECT_NO_THROW(segmentDocument(doc, segmenterFor("en")));
  EXPECT_EQ(doc.sentences().size(), 200u);
}

TEST(CurrentDeadline, APassedDeadlineStopsTheSegmenterInsideItsLoops) {
  const Deadline passed = passedDeadline();
  const CurrentDeadline scope(passed);
  Document doc("story.en.txt", manySentences(200), "en", TextFormat::plain);
  try {
    segmentDocument(doc, segmenterFor("en"));
    FAIL() << "segmented " << doc.sentences().size() << " sentences past the deadline";
  } catch (const TimeLimitExceeded& error) {
    EXPECT_NE(std::string(error.what()).find("took longer than --timeout"), std::string::npos)
        << error.what();
  }
}

TEST(CurrentDeadline, APassedDeadlineStopsTheAligner) {
  const Document fr =
      testing::presegmentedDocument("Le conseil s'est réuni lundi.\nIl a voté le budget.\n", "fr");
  const Document en =
      testing::presegmentedDocument("The council met on Monday.\nIt voted on the budget.\n", "en");
  const aligners::AnchorAligner aligner;
  EXPECT_NO_THROW(aligner.align(fr, en));  // also reads the lexicon, outside any deadline
  const Deadline passed = passedDeadline();
  const CurrentDeadline scope(passed);
  EXPECT_THROW(aligner.align(fr, en), TimeLimitExceeded);
}

TEST(CurrentDeadline, APassedDeadlineStopsLanguageDetectionOfALongText) {
  const std::string text = manySentences(5000);  // 250 KB: past the poll's stride
  const Deadline passed = passedDeadline();
  {
    const CurrentDeadline scope(passed);
    EXPECT_THROW(detectLanguage(text), TimeLimitExceeded);
  }
  EXPECT_EQ(detectLanguage(text).lang, "en");  // the scope is gone with its block
}

TEST(CurrentDeadline, ScopesNestAndTheOuterOneComesBack) {
  const Deadline none;  // never passes
  const Deadline passed = passedDeadline();
  const CurrentDeadline outer(passed);
  {
    const CurrentDeadline inner(none);
    EXPECT_NO_THROW(checkCurrentDeadline());
  }
  EXPECT_THROW(checkCurrentDeadline(), TimeLimitExceeded);
}

TEST(CurrentDeadline, EachThreadHasItsOwn) {
  const Deadline passed = passedDeadline();
  const CurrentDeadline scope(passed);
  bool other_thread_stopped = true;
  std::thread other([&] {
    try {
      checkCurrentDeadline();
      other_thread_stopped = false;
    } catch (const TimeLimitExceeded&) {
    }
  });
  other.join();
  EXPECT_FALSE(other_thread_stopped);  // a batch's other pairs go on
  EXPECT_THROW(checkCurrentDeadline(), TimeLimitExceeded);
}

}  // namespace
}  // namespace concord
