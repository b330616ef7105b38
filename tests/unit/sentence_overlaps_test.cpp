// SentenceOverlaps answers lexicalGaps's questions from word matches worked out once per pair of sentences:
// every answer must be tellingOverlap's over the joined runs of sentences.
#include "rules/evidence/sentence_overlaps.h"

#include <gtest/gtest.h>

#include "rules/evidence/lexical_gaps.h"

namespace concord::rules {
namespace {

std::vector<std::vector<Word>> sentences(const std::vector<std::string>& texts, const std::string& lang) {
  std::vector<std::vector<Word>> words;
  for (const std::string& text : texts) words.push_back(wordsOfText(text, lang));
  return words;
}

std::vector<Word> joined(const std::vector<std::vector<Word>>& words, std::size_t first, std::size_t count) {
  std::vector<Word> all;
  for (std::size_t k = first; k < first + count; ++k) all.insert(all.end(), words[k].begin(), words[k].end());
  return all;
}

// Every run of one or two sentences of `own` against every run of one or two of `other`.
void expectTellingOverlapOfEveryRun(const std::vector<std::vector<Word>>& own,
                                    const std::vector<std::vector<Word>>& other) {
  SentenceOverlaps overlaps(own, other);
  for (std::size_t round = 0; round < 2; ++round)  // the second round answers from what the first worked out
    for (std::size_t oc = 1; oc <= 2; ++oc)
      for (std::size_t o = 0; o + oc <= own.size(); ++o)
        for (std::size_t tc = 1; tc <= 2; ++tc)
          for (std::size_t t = 0; t + tc <= other.size(); ++t)
            EXPECT_EQ(overlaps.overlap(o, oc, t, tc),
                      tellingOverlap(joined(own, o, oc), joined(other, t, tc)))
                << o << "+" << oc << " / " << t << "+" << tc << " round " << round;
}

TEST(SentenceOverlaps, GiveTellingOverlapOfJoinedSentences) {
  const auto french = sentences({"Le président Zelensky a visité Kharkiv mardi.", "Il y a eu 12 morts.",
                                 "Les présidents se sont réunis à Bruxelles.", ""},
                                "fr");
  const auto english = sentences({"President Zelensky visited Kharkiv on Tuesday.", "",
                                  "Twelve people died, 12 in all.", "The presidents met in Brussels."},
                                 "en");
  expectTellingOverlapOfEveryRun(french, english);
  expectTellingOverlapOfEveryRun(english, french);
}

TEST(SentenceOverlaps, MeetAcrossScriptsOnRomanizedKeys) {
  // Some Ukrainian sentences and none of the English ones have romanized keys: across scripts, but not for a
  // run of sentences of the same script on both sides.
  const auto ukrainian =
      sentences({"Федоров приїхав до Харкова.", "Це сталося 5 травня.", "Kyiv Post пише."}, "uk");
  const auto english =
      sentences({"Fedorov came to Kharkiv.", "It happened on May 5.", "Kyiv Post writes."}, "en");
  expectTellingOverlapOfEveryRun(ukrainian, english);
  expectTellingOverlapOfEveryRun(english, ukrainian);
  EXPECT_GT(SentenceOverlaps(ukrainian, english).overlap(0, 1, 0, 1), 0.5);
}

}  // namespace
}  // namespace concord::rules
