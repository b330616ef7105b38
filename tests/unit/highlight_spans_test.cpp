// Span splitting for the review page: overlaps, windows, multi-byte text, insertion points.
#include "checker/output/highlight_spans.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "checker/output/html_escape.h"

namespace concord {
namespace {

using Ids = std::vector<std::size_t>;

std::vector<std::string> pieceTexts(std::string_view text, const std::vector<HighlightPiece>& pieces) {
  std::vector<std::string> out;
  for (const auto& p : pieces) out.emplace_back(p.range.in(text));
  return out;
}

TEST(HtmlEscape, EscapesEveryCharacterThatCanOpenMarkupOrEndAnAttribute) {
  EXPECT_EQ(htmlEscape(R"(<script>alert("x")</script> & 'y')"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  EXPECT_EQ(htmlEscape(R"("><img src=x onerror=alert(1)>)"), "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
}

TEST(HtmlEscape, LeavesUtf8AndPlainTextAlone) {
  EXPECT_EQ(htmlEscape("Київ — naïve “café”"), "Київ — naïve “café”");
  EXPECT_EQ(htmlEscape(""), "");
}

TEST(HighlightSpans, NoMarksGivesOnePlainPiece) {
  const std::string text = "Nine towns were evacuated.";
  const auto pieces = splitHighlights(text, {0, text.size()}, {});
  ASSERT_EQ(pieces.size(), 1u);
  EXPECT_TRUE(pieces[0].plain());
  EXPECT_EQ(pieces[0].range, (TextRange{0, text.size()}));
}

TEST(HighlightSpans, OverlappingFindingsBecomeFlatPiecesWithBothIds) {
  const std::string text = "abcdefgh";
  const auto pieces = splitHighlights(text, {0, 8}, {{{1, 5}, 0, false}, {{3, 7}, 1, false}});
  EXPECT_EQ(pieceTexts(text, pieces), (std::vector<std::string>{"a", "bc", "de", "fg", "h"}));
  EXPECT_EQ(pieces[1].findings, Ids{0});
  EXPECT_EQ(pieces[2].findings, (Ids{0, 1}));
  EXPECT_EQ(pieces[3].findings, Ids{1});
  EXPECT_TRUE(pieces[0].plain());
  EXPECT_TRUE(pieces[4].plain());
}

TEST(HighlightSpans, NestedAndIdenticalRangesKeepEveryFinding) {
  const std::string text = "Legion Freedom for Russia";
  const auto pieces = splitHighlights(
      text, {0, text.size()}, {{{0, text.size()}, 2, false}, {{7, 14}, 5, false}, {{7, 14}, 1, false}});
  EXPECT_EQ(pieceTexts(text, pieces), (std::vector<std::string>{"Legion ", "Freedom", " for Russia"}));
  EXPECT_EQ(pieces[0].findings, Ids{2});
  EXPECT_EQ(pieces[1].findings, (Ids{1, 2, 5}));
  EXPECT_EQ(pieces[2].findings, Ids{2});
}

TEST(HighlightSpans, FindingAcrossASentenceBoundaryShowsInBothWindows) {
  const std::string text = "First one. Second one.";
  const std::vector<HighlightMark> marks{{{6, 17}, 0, false}};  // "one. Second"
  const auto first = splitHighlights(text, {0, 11}, marks);
  const auto second = splitHighlights(text, {11, text.size()}, marks);
  EXPECT_EQ(pieceTexts(text, first), (std::vector<std::string>{"First ", "one. "}));
  EXPECT_EQ(first[1].findings, Ids{0});
  EXPECT_EQ(pieceTexts(text, second), (std::vector<std::string>{"Second", " one."}));
  EXPECT_EQ(second[0].findings, Ids{0});
}

TEST(HighlightSpans, MultiByteTextIsNeverCutInsideACharacter) {
  const std::string text = "à Бахмут, «Київ»";
  const std::size_t bakhmut = text.find("Бахмут");
  // Offsets that fall inside the two-byte letters: the highlight widens to whole characters.
  const auto pieces = splitHighlights(text, {0, text.size()}, {{{bakhmut + 1, bakhmut + 5}, 0, false}});
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_EQ(std::string(pieces[1].range.in(text)), "Бах");
  const std::size_t kyiv = text.find("Київ");
  const auto exact =
      splitHighlights(text, {0, text.size()}, {{{kyiv, kyiv + std::string("Київ").size()}, 3, false}});
  EXPECT_EQ(pieceTexts(text, exact), (std::vector<std::string>{"à Бахмут, «", "Київ", "»"}));
}

TEST(HighlightSpans, CounterpartsAreKeptApartFromFindings) {
  const std::string text = "Bachmout et Kiev";
  const auto pieces = splitHighlights(text, {0, text.size()}, {{{0, 8}, 0, false}, {{0, 16}, 1, true}});
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[0].findings, Ids{0});
  EXPECT_EQ(pieces[0].counterparts, Ids{1});
  EXPECT_TRUE(pieces[1].findings.empty());
  EXPECT_EQ(pieces[1].counterparts, Ids{1});
}

TEST(HighlightSpans, EmptyRangeIsAnInsertionPointInsideItsWindowOnly) {
  const std::string text = "said: It is";
  const std::vector<HighlightMark> marks{{{6, 6}, 4, false}};
  const auto pieces = splitHighlights(text, {0, text.size()}, marks);
  ASSERT_EQ(pieces.size(), 3u);
  EXPECT_TRUE(pieces[1].range.empty());
  EXPECT_EQ(pieces[1].range.begin, 6u);
  EXPECT_EQ(pieces[1].findings, Ids{4});
  // The window that ends at the point does not draw it; the one that starts there does.
  EXPECT_TRUE(splitHighlights(text, {0, 6}, marks).size() == 1);
  EXPECT_EQ(splitHighlights(text, {6, text.size()}, marks).front().findings, Ids{4});
}

TEST(HighlightSpans, MarksOutsideTheWindowAreIgnored) {
  const std::string text = "abc def";
  const auto pieces = splitHighlights(text, {4, 7}, {{{0, 3}, 0, false}});
  ASSERT_EQ(pieces.size(), 1u);
  EXPECT_TRUE(pieces[0].plain());
}

}  // namespace
}  // namespace concord

namespace concord {
namespace {

std::vector<std::size_t> findingsNear(MarkSweep& sweep, TextRange window) {
  std::vector<std::size_t> out;
  for (const HighlightMark& mark : sweep.near(window)) out.push_back(mark.finding);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(MarkSweep, GivesEachWindowTheMarksThatReachIt) {
  // Windows [0,10) [10,20) [20,30); mark 2 spans all three, mark 3 is an insertion point at 20 (it may
  // come with both windows: near() gives a superset, splitHighlights decides).
  MarkSweep sweep({{{25, 28}, 0, false}, {{2, 4}, 1, false}, {{5, 28}, 2, true}, {{20, 20}, 3, false}});
  EXPECT_EQ(findingsNear(sweep, {0, 10}), (std::vector<std::size_t>{1, 2}));
  EXPECT_EQ(findingsNear(sweep, {10, 20}), (std::vector<std::size_t>{2, 3}));
  EXPECT_EQ(findingsNear(sweep, {20, 30}), (std::vector<std::size_t>{0, 2, 3}));
  EXPECT_EQ(findingsNear(sweep, {40, 50}), (std::vector<std::size_t>{}));
}

TEST(MarkSweep, AWindowBeforeThePreviousOneRestartsTheSweep) {
  MarkSweep sweep({{{2, 4}, 1, false}, {{22, 25}, 0, false}});
  EXPECT_EQ(findingsNear(sweep, {20, 30}), (std::vector<std::size_t>{0}));
  EXPECT_EQ(findingsNear(sweep, {0, 10}), (std::vector<std::size_t>{1}));
}

TEST(MarkSweep, SplitsLikeAllTheMarksWould) {
  const std::string text = "aaaa bbbb cccc dddd";
  const std::vector<HighlightMark> marks{{{1, 7}, 0, false}, {{6, 12}, 1, true}, {{15, 15}, 2, false}};
  MarkSweep sweep(marks);
  for (const TextRange window : {TextRange{0, 5}, TextRange{5, 10}, TextRange{10, 15}, TextRange{15, 19}}) {
    const auto all = splitHighlights(text, window, marks);
    const auto near = splitHighlights(text, window, sweep.near(window));
    ASSERT_EQ(near.size(), all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
      EXPECT_EQ(near[i].range, all[i].range);
      EXPECT_EQ(near[i].findings, all[i].findings);
      EXPECT_EQ(near[i].counterparts, all[i].counterparts);
    }
  }
}

}  // namespace
}  // namespace concord
