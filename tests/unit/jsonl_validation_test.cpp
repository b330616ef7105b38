// JSON Lines records read back by merge and report are checked field by field against docs/json.md.
#include "checker/output/jsonl_validation.h"

#include <gtest/gtest.h>

#include "checker/model/error.h"

namespace concord {
namespace {

using json = nlohmann::json;

json finding() {
  return json::parse(R"({"type": "finding", "source_path": "a.fr.txt", "target_path": "a.en.txt",
    "source_lang": "fr", "target_lang": "en", "rule": "quotes/unbalanced", "category": "quotes",
    "severity": "warning", "message": "m", "side": "target",
    "target": {"line": 3, "column": 1, "end_line": 3, "end_column": 5, "text": "“abc", "offset": 10,
               "end_offset": 14},
    "source": null, "suggestion": null, "confidence": 0.5,
    "notes": [{"side": "source", "message": "here", "location": null}], "fingerprint": "9c1e"})");
}

json pair() {
  return json::parse(R"({"type": "pair", "source_path": "a.fr.txt", "target_path": "a.en.txt",
    "source_lang": null, "target_lang": null, "date": "2026-03-14",
    "summary": {"errors": 0, "warnings": 1, "infos": 0}, "error": null, "notes": ["n"]})");
}

// The message validate gives for `record`, or "" when it passes.
template <typename Validate>
std::string problem(Validate validate, const json& record) {
  try {
    validate(record, "r.jsonl", 7);
  } catch (const UserError& e) {
    return e.what();
  }
  return "";
}

TEST(JsonlValidation, RecordsAsConcordWritesThemPass) {
  EXPECT_EQ(problem(validateFindingRecord, finding()), "");
  EXPECT_EQ(problem(validatePairRecord, pair()), "");
}

TEST(JsonlValidation, EachFieldIsCheckedAndNamedWithFileAndLine) {
  auto finding_with = [](const char* pointer, json value) {
    json f = finding();
    f[json::json_pointer(pointer)] = std::move(value);
    return problem(validateFindingRecord, f);
  };
  EXPECT_EQ(finding_with("/confidence", nullptr),
            "r.jsonl:7: \"confidence\" must be a number from 0 to 1, not null");
  EXPECT_EQ(finding_with("/confidence", 1.5),
            "r.jsonl:7: \"confidence\" must be a number from 0 to 1, not 1.5");
  EXPECT_EQ(finding_with("/target/line", "3"),
            "r.jsonl:7: \"target.line\" must be an integer from 1, not \"3\"");
  EXPECT_EQ(finding_with("/target/column", 0),
            "r.jsonl:7: \"target.column\" must be an integer from 1, not 0");
  EXPECT_EQ(finding_with("/target/offset", -1),
            "r.jsonl:7: \"target.offset\" must be an integer from 0, not -1");
  EXPECT_EQ(finding_with("/severity", "catastrophic"),
            "r.jsonl:7: \"severity\" must be one of error, warning, info, not \"catastrophic\"");
  EXPECT_EQ(finding_with("/side", "middle"),
            "r.jsonl:7: \"side\" must be one of target, source, not \"middle\"");
  EXPECT_EQ(finding_with("/suggestion", 4), "r.jsonl:7: \"suggestion\" must be a string or null, not 4");
  EXPECT_EQ(finding_with("/notes/0/location", "here"),
            "r.jsonl:7: \"notes[0].location\" must be an object or null, not \"here\"");
  EXPECT_EQ(finding_with("/rule", ""), "r.jsonl:7: \"rule\" is empty");
  json no_message = finding();
  no_message.erase("message");
  EXPECT_EQ(problem(validateFindingRecord, no_message), "r.jsonl:7: \"message\" is missing");

  auto pair_with = [](const char* pointer, json value) {
    json p = pair();
    p[json::json_pointer(pointer)] = std::move(value);
    return problem(validatePairRecord, p);
  };
  EXPECT_EQ(pair_with("/summary", 7), "r.jsonl:7: \"summary\" must be an object of counts, not 7");
  EXPECT_EQ(pair_with("/summary/warnings", 1.5),
            "r.jsonl:7: \"summary.warnings\" must be an integer from 0, not 1.5");
  EXPECT_EQ(pair_with("/date", "14/03/2026"),
            "r.jsonl:7: \"date\" must be a YYYY-MM-DD date or null, not \"14/03/2026\"");
  EXPECT_EQ(pair_with("/error", false), "r.jsonl:7: \"error\" must be a string or null, not false");
  EXPECT_EQ(pair_with("/notes/0", 1), "r.jsonl:7: \"notes[0]\" must be a string, not 1");
  EXPECT_EQ(pair_with("/target_path", nullptr), "r.jsonl:7: \"target_path\" must be a string, not null");
}

TEST(JsonlValidation, FieldsTheContractDoesNotNameAreLeftAlone) {
  json f = finding();
  f["added_in_a_later_version"] = {1, 2};
  EXPECT_EQ(problem(validateFindingRecord, f), "");
}

}  // namespace
}  // namespace concord
