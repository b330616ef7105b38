// The word overlap that the omission and addition rules weigh sentences by, within and across scripts.
#include <gtest/gtest.h>

#include "rules/evidence/lexical_gaps.h"
#include "rules/evidence/term_match.h"

namespace concord::rules {
namespace {

TEST(TellingOverlap, NamesMeetAcrossScriptsByTheirRomanization) {
  const auto ukrainian =
      wordsOfText("Губернатор Олег Синєгубов повідомив про обстріл Харкова і Чугуєва.", "uk");
  const auto english =
      wordsOfText("Governor Oleh Syniehubov reported the shelling of Kharkiv and Chuhuiv.", "en");
  const auto unrelated =
      wordsOfText("Markets in Tokyo closed higher on Tuesday after a quiet session.", "en");
  // Синєгубов, Харкова and Чугуєва meet their English forms; Губернатор meets Governor as a cognate.
  EXPECT_GE(tellingOverlap(ukrainian, english), 0.5);
  EXPECT_GE(tellingOverlap(english, ukrainian), 0.4);
  EXPECT_EQ(tellingOverlap(ukrainian, unrelated), 0.0);
}

TEST(TellingOverlap, WithinOneScriptWordsMeetByInflectionOnly) {
  const auto french = wordsOfText("La maison du gouverneur de Kherson a été touchée.", "fr");
  EXPECT_EQ(tellingOverlap(french, wordsOfText("The governor's house in Kherson was hit.", "en")), 0.25);
  EXPECT_EQ(tellingOverlap(french, wordsOfText("Markets closed higher on Tuesday.", "en")), 0.0);
}

}  // namespace
}  // namespace concord::rules
