#include "checker/style_report/report_writers.h"

// Text helpers shared by the report writers: quoting for CSV and Markdown, article labels.
namespace concord::report {

std::string csvField(std::string_view value) {
  std::string field(value);
  const bool formula =
      !field.empty() &&
      (field[0] == '=' || field[0] == '+' || field[0] == '@' || field[0] == '\t' || field[0] == '\r' ||
       (field[0] == '-' && (field.size() == 1 || field[1] < '0' || field[1] > '9')));
  if (formula) field.insert(field.begin(), '\'');
  if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

std::string markdownCell(std::string_view value) {
  std::string out;
  for (char c : value) {
    switch (c) {
      case '\n':
      case '\r':
        out += ' ';
        break;
      case '\\':
      case '|':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
      case '<':
      case '>':
      case '~':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string articleLabel(const ResultSet& results, const ArticleResult& article) {
  const std::string& path = article.target_path;
  return path.starts_with(results.label_prefix) ? path.substr(results.label_prefix.size()) : path;
}

std::string articleList(const ResultSet& results, const std::vector<std::size_t>& indices,
                        std::size_t limit) {
  std::string out;
  for (std::size_t i = 0; i < indices.size() && i < limit; ++i) {
    if (i) out += ", ";
    out += articleLabel(results, results.articles[indices[i]]);
  }
  if (indices.size() > limit) out += " +" + std::to_string(indices.size() - limit) + " more";
  return out;
}

}  // namespace concord::report
