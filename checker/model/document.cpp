#include "checker/model/document.h"

#include "checker/reading/markup.h"

namespace concord {

Document::Document(std::string path, std::string bytes, std::string lang, TextFormat format)
    : path_(std::move(path)),
      bytes_(std::move(bytes)),
      text_(maskMarkup(bytes_, format)),
      lang_(std::move(lang)),
      format_(format),
      file_format_(format == TextFormat::markdown ? FileFormat::markdown : FileFormat::text),
      lines_(bytes_) {}

Document::Document(std::string path, std::string bytes, std::string text, std::string lang,
                   FileFormat file_format)
    : path_(std::move(path)),
      bytes_(std::move(bytes)),
      text_(std::move(text)),
      lang_(std::move(lang)),
      format_(TextFormat::plain),
      file_format_(file_format),
      lines_(bytes_) {}

std::string Document::language() const {
  const auto dash = lang_.find_first_of("-_");
  return dash == std::string::npos ? lang_ : lang_.substr(0, dash);
}

void Document::setSegmentation(std::vector<Paragraph> paragraphs, std::vector<Sentence> sentences) {
  paragraphs_ = std::move(paragraphs);
  sentences_ = std::move(sentences);
}

TextFormat textFormatOf(FileFormat format) {
  return format == FileFormat::markdown ? TextFormat::markdown : TextFormat::plain;
}

}  // namespace concord
