#pragma once

#include <stdexcept>
#include <string_view>

#include <md4c.h>

namespace concord {

/// Runs md4c's CommonMark parser over `markdown` with the MD_FLAG_* `flags`, handing each event of its SAX
/// interface to `handler`: enterBlock/leaveBlock(MD_BLOCKTYPE, void* detail),
/// enterSpan/leaveSpan(MD_SPANTYPE, void* detail) and text(MD_TEXTTYPE, const MD_CHAR*, MD_SIZE), each
/// returning nothing (md4c is never asked to stop). Throws std::runtime_error when md4c fails, which it does
/// only when out of memory.
template <class Handler>
void parseMarkdown(std::string_view markdown, unsigned flags, Handler& handler) {
  MD_PARSER parser{};
  parser.flags = flags;
  parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* self) {
    static_cast<Handler*>(self)->enterBlock(type, detail);
    return 0;
  };
  parser.leave_block = [](MD_BLOCKTYPE type, void* detail, void* self) {
    static_cast<Handler*>(self)->leaveBlock(type, detail);
    return 0;
  };
  parser.enter_span = [](MD_SPANTYPE type, void* detail, void* self) {
    static_cast<Handler*>(self)->enterSpan(type, detail);
    return 0;
  };
  parser.leave_span = [](MD_SPANTYPE type, void* detail, void* self) {
    static_cast<Handler*>(self)->leaveSpan(type, detail);
    return 0;
  };
  parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
    static_cast<Handler*>(self)->text(type, text, size);
    return 0;
  };
  if (md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &handler) != 0)
    throw std::runtime_error("md4c could not parse a Markdown document (out of memory)");
}

}  // namespace concord
