// The sentences and capitalised words under an aligned range, found by a binary search over the sentences.
#include "rules/evidence/name_words.h"

#include <gtest/gtest.h>

#include "tests/support/presegmented_document.h"

namespace concord::rules {
namespace {

std::vector<std::string> textsOf(const std::vector<NameWord>& words) {
  std::vector<std::string> texts;
  for (const NameWord& w : words) texts.push_back(w.text);
  return texts;
}

// One sentence a line: "Olena Zelenska met Boris." 0-25, "Then Kyiv spoke." 26-42, "Marta Left Today." 44-61.
const std::string kText = "Olena Zelenska met Boris.\nThen Kyiv spoke.\n\nMarta Left Today.\n";

TEST(NameWords, SentenceAtFindsTheSentenceOfAnOffset) {
  const Document doc = testing::presegmentedDocument(kText, "en");
  ASSERT_EQ(doc.sentences().size(), 3u);
  EXPECT_EQ(sentenceAt(doc, 0), 0u);
  EXPECT_EQ(sentenceAt(doc, 24), 0u);
  EXPECT_EQ(sentenceAt(doc, 25), 1u);  // the line end belongs to the next sentence's search
  EXPECT_EQ(sentenceAt(doc, 30), 1u);
  EXPECT_EQ(sentenceAt(doc, 43), 2u);   // the blank line
  EXPECT_EQ(sentenceAt(doc, 500), 2u);  // past the end: the last sentence
}

TEST(NameWords, CapitalisedWordsInARangeOfSentences) {
  const Document doc = testing::presegmentedDocument(kText, "en");
  EXPECT_EQ(textsOf(capitalisedWordsIn(doc, doc.sentences()[1].range)),
            (std::vector<std::string>{"Then", "Kyiv"}));
  // From inside the first sentence to inside the last: the words that start in the range.
  EXPECT_EQ(textsOf(capitalisedWordsIn(doc, {15, 50})),
            (std::vector<std::string>{"Boris", "Then", "Kyiv", "Marta"}));
  EXPECT_TRUE(capitalisedWordsIn(doc, {62, 70}).empty());
  EXPECT_TRUE(capitalisedWordsIn(Document("x", "", "en", TextFormat::plain), {0, 10}).empty());
}

}  // namespace
}  // namespace concord::rules
