#pragma once

// The ninjs and NewsML-G2 targets share one body: the reader named by `path`'s extension, then the
// properties segmentation relies on.

#include <cstddef>
#include <cstdint>
#include <string>

namespace concord::fuzz {

/// Reads the input as the news file `path` (checker/reading/news_article.h): a UserError is a refusal, any
/// other exception or a broken property aborts. The analysis text is as long as the file, every paragraph
/// and plain-text field is a non-empty range inside it, and the text outside them is only what they hold.
void readNewsFile(const std::uint8_t* data, std::size_t size, const std::string& path);

}  // namespace concord::fuzz
