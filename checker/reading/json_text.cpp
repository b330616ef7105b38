#include "checker/reading/json_text.h"

#include <algorithm>

#include "checker/model/error.h"

namespace concord {
namespace {

// Parses without building anything, only to learn the byte where nlohmann stops: the position that
// out_of_range does not carry. Run only after a parse failed.
class StopPosition : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::size_t byte = 0;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override {
    byte = position;
    return false;
  }
};

}  // namespace

nlohmann::json parseJsonText(const std::string& text, const std::string& file, std::size_t first_line,
                             const std::string& what) {
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    StopPosition stop;
    nlohmann::json::sax_parse(text, &stop);
    // nlohmann counts the bytes read, the failing one included.
    const std::size_t at = std::min(stop.byte > 0 ? stop.byte - 1 : 0, text.size());
    const auto line_start = text.rfind('\n', at == 0 ? std::string::npos : at - 1);
    const std::size_t lines_before =
        static_cast<std::size_t>(std::count(text.begin(), text.begin() + at, '\n'));
    const std::size_t column = at - (line_start == std::string::npos ? 0 : line_start + 1) + 1;
    throw UserError(file, first_line + lines_before, column, what + ": " + e.what());
  }
}

}  // namespace concord
