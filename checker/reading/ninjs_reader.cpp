// IPTC ninjs (JSON) news items, 1.x (headline, description_text/_html, body_text/_html) and 2.x (headlines[],
// descriptions[], bodies[] with a contenttype). nlohmann parses; the string literals are found in the file
// by checker/reading/json_string_places so the text stands at the bytes that spell it.
#include <charconv>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "checker/model/error.h"
#include "checker/reading/json_string_places.h"
#include "checker/reading/json_text.h"
#include "checker/reading/news_article_builder.h"

namespace concord {
namespace {

// A ninjs item nests four levels (item, bodies, body, value); associations a few more. Deeper JSON is no
// news item, and refusing it early keeps a nesting bomb from costing the parser's memory.
constexpr std::size_t kMaxNesting = 64;

// Strings joined by appending (operator+ on std::string trips GCC 12's false -Wrestrict in Release).
std::string joined(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (const std::string_view part : parts) out.append(part);
  return out;
}

struct JsonString {
  std::size_t literal;  ///< index among the file's string literals
  std::string value;
};

// Every string value the item holds within `kKeptDepth` levels, by JSON pointer ("/headlines/0/value"),
// with the index of its literal in the file; and the item's own members.
class StringsByPointer : public nlohmann::json_sax<nlohmann::json> {
 public:
  static constexpr std::size_t kKeptDepth = 3;
  std::map<std::string, JsonString> strings;
  std::set<std::string> members;
  bool root_is_object = false;

  bool null() override { return scalar(); }
  bool boolean(bool) override { return scalar(); }
  bool number_integer(number_integer_t) override { return scalar(); }
  bool number_unsigned(number_unsigned_t) override { return scalar(); }
  bool number_float(number_float_t, const string_t&) override { return scalar(); }
  bool binary(binary_t&) override { return scalar(); }
  bool string(string_t& value) override {
    if (frames_.size() <= kKeptDepth) strings[joined({pointer(), "/", segment()})] = {literals_, value};
    ++literals_;
    return scalar();
  }
  bool key(string_t& name) override {
    ++literals_;
    frames_.back().key = name;
    if (frames_.size() == 1) members.insert(name);
    return true;
  }
  bool start_object(std::size_t) override { return open(false); }
  bool start_array(std::size_t) override { return open(true); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  struct Frame {
    bool array;
    std::size_t index = 0;
    std::string key;
  };

  std::string segment() const {
    if (frames_.empty()) return {};
    return frames_.back().array ? std::to_string(frames_.back().index) : frames_.back().key;
  }
  std::string pointer() const {
    std::string path;
    for (std::size_t k = 0; k + 1 < frames_.size(); ++k)
      path.append("/").append(frames_[k].array ? std::to_string(frames_[k].index) : frames_[k].key);
    return path;
  }
  bool scalar() {
    if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
    return true;
  }
  bool open(bool array) {
    if (frames_.empty()) root_is_object = !array;
    frames_.push_back({array, 0, {}});
    return true;
  }
  bool close() {
    frames_.pop_back();
    return scalar();
  }

  std::vector<Frame> frames_;
  std::size_t literals_ = 0;
};

// One text field to read: where its literal stands and whether it holds HTML.
struct Field {
  const JsonString* string;
  bool html;
  bool headline;
};

class NinjsReader {
 public:
  NinjsReader(const std::string& path, std::string_view bytes)
      : path_(path),
        bytes_(bytes),
        literals_(scanJsonLiterals(path, bytes, kMaxNesting)),
        article_(path, bytes) {
    if (!nlohmann::json::sax_parse(bytes, &item_)) {
      parseJsonText(std::string(bytes), path, 1, "malformed JSON");  // throws with the line and column
      throw UserError(path, "malformed JSON");
    }
    const bool ninjs = item_.root_is_object && item_.members.count("uri") &&
                       (item_.members.count("type") || item_.members.count("headline") ||
                        item_.members.count("headlines") || item_.members.count("bodies") ||
                        item_.members.count("body_text") || item_.members.count("body_html"));
    if (!ninjs) {
      throw UserError(
          path,
          "not an IPTC ninjs document (no \"uri\" with a \"headline\", \"type\" or body): Concord "
          "reads a .json side as ninjs");
    }
  }

  NewsArticle read() {
    for (const Field& field : fields()) add(field);
    if (article_.empty())
      throw UserError(path_,
                      "no article text in this ninjs document (Concord reads its headline, description "
                      "and body)");
    const JsonString* lang = find("/language");
    return article_.finish(lang != nullptr ? lang->value : "", "ninjs language");
  }

 private:
  const JsonString* find(const std::string& pointer) const {
    const auto found = item_.strings.find(pointer);
    return found == item_.strings.end() ? nullptr : &found->second;
  }

  // 2.x arrays of {value, contenttype}: the first HTML one when there is one (the richest rendition), else
  // the first other; all headlines, as an item may carry a short and a long one.
  void fromArray(const std::string& name, bool all, bool headline, std::vector<Field>& out) const {
    std::optional<Field> html;
    std::optional<Field> text;
    const std::string prefix = joined({"/", name, "/"});
    std::set<std::size_t> indices;  // the pointers sort "10" before "2"
    for (auto it = item_.strings.lower_bound(prefix);
         it != item_.strings.end() && it->first.starts_with(prefix); ++it) {
      std::size_t index = 0;
      const char* first = it->first.data() + prefix.size();
      if (std::from_chars(first, it->first.data() + it->first.size(), index).ec == std::errc())
        indices.insert(index);
    }
    for (const std::size_t n : indices) {
      const std::string at = joined({prefix, std::to_string(n)});
      const JsonString* value = find(joined({at, "/value"}));
      if (value == nullptr) continue;
      const JsonString* type = find(joined({at, "/contenttype"}));
      const bool is_html = type != nullptr && type->value.find("html") != std::string::npos;
      if (all) {
        out.push_back({value, is_html, headline});
      } else if (is_html && !html) {
        html = Field{value, true, headline};
      } else if (!is_html && !text) {
        text = Field{value, false, headline};
      }
    }
    if (html)
      out.push_back(*html);
    else if (text)
      out.push_back(*text);
  }

  // 1.x fields, or 2.x arrays: one rendition of each part, the HTML one first, as a CMS holds one text in
  // both forms.
  std::vector<Field> fields() const {
    std::vector<Field> out;
    if (const JsonString* headline = find("/headline")) out.push_back({headline, false, true});
    fromArray("headlines", true, true, out);
    for (const auto& [base, array] :
         {std::pair{"description", "descriptions"}, std::pair{"body", "bodies"}}) {
      const JsonString* html = find(joined({"/", base, "_html"}));
      const JsonString* text = find(joined({"/", base, "_text"}));
      if (html != nullptr)
        out.push_back({html, true, false});
      else if (text != nullptr)
        out.push_back({text, false, false});
      fromArray(array, false, false, out);
    }
    return out;
  }

  void add(const Field& field) {
    const TextRange literal = literals_.contents.at(field.string->literal);
    const std::string laid = layJsonStringOver(literal.in(bytes_), field.string->value);
    if (field.html) {
      article_.addHtml(laid, literal.begin);
      return;
    }
    article_.mask().place(literal.begin, laid);
    article_.addText(literal, field.headline);
  }

  const std::string& path_;
  std::string_view bytes_;
  JsonLiterals literals_;
  StringsByPointer item_;
  NewsArticleBuilder article_;
};

}  // namespace

NewsArticle readNinjs(const std::string& path, std::string_view bytes) {
  return NinjsReader(path, bytes).read();
}

}  // namespace concord
