// SplicedArray prints a long array item by item; the document must read exactly as dump(2) of the whole.
#include "checker/output/spliced_json.h"

#include <gtest/gtest.h>

namespace concord {
namespace {

nlohmann::json finding(int k) {
  return {{"rule", "numbers/mismatch"},
          {"message", "“" + std::to_string(k) + "” is not \"there\"\n"},
          {"target", {{"line", k}, {"text", "Kyiv"}}},
          {"notes", nlohmann::json::array({{{"side", "source"}}})},
          {"empty", nlohmann::json::array()}};
}

TEST(SplicedArray, ReadsAsDumpOfTheWholeDocument) {
  for (int count : {0, 1, 3}) {
    nlohmann::json items = nlohmann::json::array();
    SplicedArray spliced(4);
    for (int k = 0; k < count; ++k) {
      items.push_back(finding(k));
      spliced.add(finding(k));
    }
    // "error" sorts before "findings" and quotes the key and the placeholder: only the real slot is replaced.
    nlohmann::json whole = {{"error", "\"findings\": \"concord:spliced-array\""}, {"tool", {{"name", "x"}}}};
    nlohmann::json shell = whole;
    whole["findings"] = items;
    shell["findings"] = SplicedArray::kPlaceholder;
    EXPECT_EQ(spliced.splice(shell, "findings"), whole.dump(2) + '\n') << count << " items";
  }
}

TEST(SplicedArray, NestedDeeperAndFromPrintedItems) {
  nlohmann::json items = nlohmann::json::array({finding(1), finding(2)});
  nlohmann::json whole = {{"runs", nlohmann::json::array({{{"results", items}, {"z", 1}}})}};
  nlohmann::json shell = {
      {"runs", nlohmann::json::array({{{"results", SplicedArray::kPlaceholder}, {"z", 1}}})}};
  SplicedArray spliced(8);
  spliced.addText(finding(1).dump(2));
  spliced.add(finding(2));
  EXPECT_EQ(spliced.splice(shell, "results"), whole.dump(2) + '\n');
}

}  // namespace
}  // namespace concord
