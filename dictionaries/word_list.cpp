#include "dictionaries/word_list.h"

#include "checker/model/error.h"
#include "checker/model/unicode_text.h"
#include "dictionaries/data_lines.h"

namespace concord {

WordList WordList::load(const std::string& path) {
  WordList list;
  for (const DataLine& line : readDataLines(path)) {
    // A tab means the file is some other table (a glossary given as a word list): refuse it loudly.
    if (line.text.find('\t') != std::string::npos)
      throw UserError(path, line.number, "a word list has one word or name per line, without tabs");
    for (const std::string& word : splitFields(line.text, ' ')) {
      if (!word.empty()) list.keys_.insert(foldKey(word));
    }
  }
  return list;
}

bool WordList::contains(std::string_view word) const { return keys_.count(foldKey(word)) > 0; }

}  // namespace concord
