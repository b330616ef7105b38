#include "checker/output/jsonl_validation.h"

#include <cstdint>
#include <initializer_list>
#include <regex>

#include "checker/model/error.h"

namespace concord {
namespace {

using json = nlohmann::json;

// Says where and what: `results.jsonl:7: "confidence" must be a number from 0 to 1, not null`.
class RecordCheck {
 public:
  RecordCheck(const json& record, const std::string& name, std::size_t line)
      : record_(record), name_(name), line_(line) {}

  void required(const char* key) const {
    if (!record_.contains(key)) fail(key, "is missing");
  }
  void string(const json& value, const std::string& key, bool nullable = false) const {
    if (!value.is_string() && !(nullable && value.is_null()))
      mustBe(key, nullable ? "a string or null" : "a string", value);
  }
  void oneOf(const json& value, const std::string& key, std::initializer_list<const char*> allowed) const {
    std::string list;
    for (const char* a : allowed) {
      if (value.is_string() && value.get<std::string>() == a) return;
      list += (list.empty() ? "" : ", ") + std::string(a);
    }
    mustBe(key, "one of " + list, value);
  }
  void count(const json& value, const std::string& key, std::uint64_t least) const {
    if (!value.is_number_unsigned() || value.get<std::uint64_t>() < least)
      mustBe(key, "an integer from " + std::to_string(least), value);
  }
  void location(const json& value, const std::string& key) const {
    if (value.is_null()) return;
    if (!value.is_object()) mustBe(key, "an object or null", value);
    for (const char* field : {"line", "column", "end_line", "end_column"})
      if (value.contains(field)) count(value[field], key + "." + field, 1);
    for (const char* field : {"offset", "end_offset"})
      if (value.contains(field)) count(value[field], key + "." + field, 0);
    if (value.contains("text")) string(value["text"], key + ".text");
  }
  // Every optional field is checked the same way: present → the check.
  template <typename Check>
  void optional(const char* key, Check check) const {
    if (record_.contains(key)) check(record_[key], std::string(key));
  }
  [[noreturn]] void mustBe(const std::string& key, const std::string& what, const json& value) const {
    const std::string found = value.is_string() ? "\"" + value.get<std::string>() + "\"" : value.dump();
    fail(key, "must be " + what + ", not " + (found.size() > 40 ? std::string(value.type_name()) : found));
  }
  [[noreturn]] void fail(const std::string& key, const std::string& what) const {
    throw UserError(name_, line_, "\"" + key + "\" " + what);
  }

 private:
  const json& record_;
  const std::string& name_;
  std::size_t line_;
};

void checkPairFields(const RecordCheck& check) {
  for (const char* key : {"source_path", "target_path"}) {
    check.required(key);
    check.optional(key, [&](const json& v, const std::string& k) { check.string(v, k); });
  }
  for (const char* key : {"source_lang", "target_lang"})
    check.optional(key, [&](const json& v, const std::string& k) { check.string(v, k, true); });
}

}  // namespace

void validateFindingRecord(const json& record, const std::string& name, std::size_t line) {
  const RecordCheck check(record, name, line);
  checkPairFields(check);
  for (const char* key : {"rule", "severity", "message"}) check.required(key);
  check.optional("rule", [&](const json& v, const std::string& k) {
    check.string(v, k);
    if (v.get<std::string>().empty()) check.fail(k, "is empty");
  });
  check.optional("severity", [&](const json& v, const std::string& k) {
    check.oneOf(v, k, {"error", "warning", "info"});
  });
  for (const char* key : {"message", "category", "fingerprint"})
    check.optional(key, [&](const json& v, const std::string& k) { check.string(v, k); });
  check.optional("side", [&](const json& v, const std::string& k) {
    check.oneOf(v, k, {"target", "source"});
  });
  for (const char* key : {"target", "source"})
    check.optional(key, [&](const json& v, const std::string& k) { check.location(v, k); });
  check.optional("suggestion", [&](const json& v, const std::string& k) { check.string(v, k, true); });
  check.optional("confidence", [&](const json& v, const std::string& k) {
    if (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 1)
      check.mustBe(k, "a number from 0 to 1", v);
  });
  check.optional("notes", [&](const json& notes, const std::string& k) {
    if (!notes.is_array()) check.mustBe(k, "an array", notes);
    for (std::size_t i = 0; i < notes.size(); ++i) {
      const json& note = notes[i];
      const std::string at = k + "[" + std::to_string(i) + "]";
      if (!note.is_object()) check.mustBe(at, "an object", note);
      if (note.contains("side")) check.oneOf(note["side"], at + ".side", {"target", "source"});
      if (note.contains("message")) check.string(note["message"], at + ".message");
      if (note.contains("location")) check.location(note["location"], at + ".location");
    }
  });
}

void validatePairRecord(const json& record, const std::string& name, std::size_t line) {
  const RecordCheck check(record, name, line);
  checkPairFields(check);
  check.optional("date", [&](const json& v, const std::string& k) {
    static const std::regex kDate(R"(\d{4}-\d{2}-\d{2})");
    if (v.is_null()) return;
    if (!v.is_string() || !std::regex_match(v.get<std::string>(), kDate))
      check.mustBe(k, "a YYYY-MM-DD date or null", v);
  });
  check.optional("summary", [&](const json& summary, const std::string& k) {
    if (!summary.is_object()) check.mustBe(k, "an object of counts", summary);
    for (const char* field : {"errors", "warnings", "infos"})
      if (summary.contains(field)) check.count(summary[field], k + "." + field, 0);
  });
  check.optional("error", [&](const json& v, const std::string& k) { check.string(v, k, true); });
  check.optional("notes", [&](const json& notes, const std::string& k) {
    if (!notes.is_array()) check.mustBe(k, "an array of strings", notes);
    for (std::size_t i = 0; i < notes.size(); ++i) check.string(notes[i], k + "[" + std::to_string(i) + "]");
  });
}

}  // namespace concord
