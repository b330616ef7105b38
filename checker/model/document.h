#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "checker/model/line_index.h"
#include "checker/model/text_range.h"
#include "checker/reading/file_format.h"

namespace concord {

enum class TextFormat { plain, markdown };

/// A word or number found by ICU word breaks inside a sentence.
struct Token {
  TextRange range;
  bool numeric = false;
};

struct Sentence {
  TextRange range;
  std::size_t paragraph = 0;
  std::vector<Token> tokens;
};

/// A paragraph: a blank-line separated block, or a single line in one-paragraph-per-line copy.
struct Paragraph {
  TextRange range;
  std::size_t first_sentence = 0;
  std::size_t sentence_count = 0;
  bool heading = false;  ///< a Markdown heading, or a first line with no closing punctuation (a headline)
};

/// One article: its bytes exactly as read, an analysis copy of the same length in which markup, BOM and CR
/// are blanked out (so every offset means the same byte in both), its language, and its segmentation.
class Document {
 public:
  Document(std::string path, std::string bytes, std::string lang, TextFormat format);
  /// One side of a bilingual file (XLIFF, TMX, PO): `text` is the analysis text its reader made, as long as
  /// `bytes` and blank except where this side's text stands (checker/reading/bilingual_file.h), or a side
  /// read from an HTML page or a news item; `file_format` is how it was read.
  Document(std::string path, std::string bytes, std::string text, std::string lang, FileFormat file_format);

  const std::string& path() const { return path_; }
  /// BCP 47 tag as given or detected ("en", "en-GB", "fr").
  const std::string& lang() const { return lang_; }
  /// Primary language subtag ("en" for "en-GB").
  std::string language() const;
  TextFormat format() const { return format_; }
  /// How the file was read (formatOfPath with the run's concord.toml), for what depends on its syntax:
  /// suppressions, fixes, the XLIFF writer.
  FileFormat fileFormat() const { return file_format_; }
  /// The bytes as read; what reporters quote.
  const std::string& original() const { return bytes_; }
  /// The analysis text rules read: same length as original(), markup replaced by spaces.
  const std::string& text() const { return text_; }
  std::string_view textOf(TextRange range) const { return range.in(text_); }
  const LineIndex& lines() const { return lines_; }

  const std::vector<Paragraph>& paragraphs() const { return paragraphs_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }
  std::string_view sentenceText(std::size_t index) const { return textOf(sentences_[index].range); }

  void setLang(std::string lang) { lang_ = std::move(lang); }
  void setSegmentation(std::vector<Paragraph> paragraphs, std::vector<Sentence> sentences);

 private:
  std::string path_;
  std::string bytes_;
  std::string text_;
  std::string lang_;
  TextFormat format_;
  FileFormat file_format_;
  LineIndex lines_;
  std::vector<Paragraph> paragraphs_;
  std::vector<Sentence> sentences_;
};

/// The masking a text or Markdown file needs: Markdown for FileFormat::markdown, plain text otherwise.
TextFormat textFormatOf(FileFormat format);

}  // namespace concord
